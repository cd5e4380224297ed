import { Entity, ManyToOne, PrimaryKey, type Ref } from '@mikro-orm/core';
import { TicketFile } from '../files/ticket-file.entity.js';
import { MaterialRequest } from './material-request.entity.js';

/** A file of the ticket (uploaded through the ordinary resumable upload) given as a request's material. */
@Entity({ tableName: 'material_request_files' })
export class MaterialRequestFile {
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => MaterialRequest, ref: true })
  request!: Ref<MaterialRequest>;

  @ManyToOne({ entity: () => TicketFile, ref: true })
  file!: Ref<TicketFile>;
}
