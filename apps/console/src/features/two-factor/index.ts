/**
 * Two-factor sign-in (#15): the account security page, the sign-in's second step and enrolment, recovery codes,
 * and the admins' parts (the staff requirement, a user's reset) the users page shows.
 */
export { twoFactorRoutes } from './routes';
export { secondStepInHistory, secondStepOf, type SecondStep } from './second-step';
export { default as EnrolmentPanel } from './EnrolmentPanel.vue';
export { default as RecoveryCodes } from './RecoveryCodes.vue';
export { default as ResetTwoFactorButton } from './ResetTwoFactorButton.vue';
export { default as SecondStepForm } from './SecondStepForm.vue';
export { default as StaffTwoFactorSetting } from './StaffTwoFactorSetting.vue';
