import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../../../entities/auth/user.entity.js';

@ObjectType({ description: "The signed-in user's two-factor sign-in (#15)" })
export class TwoFactorStatus {
  @Field()
  enabled!: boolean;

  @Field(() => Date, { nullable: true })
  enabledAt!: Date | null;

  @Field(() => Int, { description: 'Recovery codes not used yet' })
  recoveryCodesLeft!: number;

  @Field({ description: 'Admins require a second factor of this user (staff); it cannot be turned off' })
  required!: boolean;
}

@ObjectType({ description: 'A begun enrolment: add the secret to an authenticator app (scan the QR code or type it), then confirm a code' })
export class TwoFactorSetup {
  @Field({ description: 'Base32, for typing into the app; shown only now' })
  secret!: string;

  @Field({ description: 'The otpauth://totp/ URI the QR code carries' })
  otpauthUri!: string;

  @Field({ description: 'The QR code of otpauthUri as a data: URL (SVG), for an <img>' })
  qrCodeDataUrl!: string;
}

@ObjectType({ description: 'Two-factor sign-in is on: the recovery codes (shown only now) and a fresh session — other sessions ended' })
export class TwoFactorEnabled {
  @Field(() => [String], { description: 'Each works once instead of a code; stored only as hashes' })
  recoveryCodes!: string[];

  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => User)
  user!: User;
}
