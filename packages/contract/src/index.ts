export type { TErrorCode, TFieldError, TErrorResponse, TPageQuery, TPage, THealth } from './common';
export {
  ERROR_CODES,
  ZErrorCode,
  ZFieldError,
  ZErrorResponse,
  ZId,
  ZIdParams,
  ZPageQuery,
  zPage,
  CSRF_HEADER,
  ZHealth,
} from './common';
export type {
  TLoginRequest,
  TChangePasswordRequest,
  TGrant,
  TMe,
  TUpdateMeRequest,
  TApiToken,
  TCreateApiTokenRequest,
  TCreatedApiToken,
} from './auth';
export {
  ZRole,
  ZModule,
  ZLocale,
  ZOrgUnitKind,
  ZLoginRequest,
  ZChangePasswordRequest,
  ZGrant,
  ZMe,
  ZUpdateMeRequest,
  ZApiToken,
  ZCreateApiTokenRequest,
  ZCreatedApiToken,
} from './auth';
export type {
  TOrgUnit,
  TFindOrgUnitsQuery,
  TOrgUnitNode,
  TOrgUnitTree,
  TCreateOrgUnitRequest,
  TUpdateOrgUnitRequest,
} from './org-units';
export {
  ZOrgUnit,
  ZOrgUnitPage,
  ZFindOrgUnitsQuery,
  ZOrgUnitNode,
  ZOrgUnitTree,
  ZCreateOrgUnitRequest,
  ZUpdateOrgUnitRequest,
} from './org-units';
export type {
  TUser,
  TFindUsersQuery,
  TGrantInput,
  TCreateUserRequest,
  TCreatedUser,
  TUpdateUserRequest,
  TResetPasswordResponse,
} from './users';
export {
  ZUser,
  ZUserPage,
  ZFindUsersQuery,
  ZGrantInput,
  ZCreateUserRequest,
  ZCreatedUser,
  ZUpdateUserRequest,
  ZGrantParams,
  ZResetPasswordResponse,
} from './users';
export type { TAuditEntry, TFindAuditQuery } from './audit';
export { ZAuditEntry, ZAuditPage, ZFindAuditQuery } from './audit';
