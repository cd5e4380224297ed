import { registerEnumType } from 'type-graphql';

export enum OrganizationKind { CUSTOMER = 'CUSTOMER', PARTNER = 'PARTNER', VENDOR = 'VENDOR' }
export enum ProductKind { SOFTWARE = 'SOFTWARE', HARDWARE = 'HARDWARE' }
export enum IdentifierKind { LICENSE_NUMBER = 'LICENSE_NUMBER', SERIAL_NUMBER = 'SERIAL_NUMBER', ACTIVATION_CODE = 'ACTIVATION_CODE' }

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'Customer, partner or the vendor itself' });
registerEnumType(ProductKind, { name: 'ProductKind', description: 'Software or hardware product' });
registerEnumType(IdentifierKind, { name: 'IdentifierKind', description: 'License number, serial number or support activation code (ID-1)' });
