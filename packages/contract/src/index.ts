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
export type {
  TIndustryClass,
  TFindIndustryClassesQuery,
  TScaleThreshold,
  TScaleThresholdInput,
  TEnterpriseTag,
  TEnterpriseTagInput,
} from './reference';
export {
  ZIndustryLevel,
  ZScaleCategory,
  ZIndustryClass,
  ZIndustryClassPage,
  ZFindIndustryClassesQuery,
  ZScaleThreshold,
  ZScaleThresholdInput,
  ZEnterpriseTag,
  ZEnterpriseTagInput,
} from './reference';
export type {
  TChainTier,
  TChain,
  TIndustrialSystem,
  TIndustrialSystemInput,
  TIndustrialSystemUpdate,
  TChainTierInput,
  TChainInput,
  TChainUpdate,
} from './industrial-systems';
export {
  ZChainTier,
  ZChain,
  ZIndustrialSystem,
  ZIndustrialSystemInput,
  ZIndustrialSystemUpdate,
  ZChainTierInput,
  ZChainInput,
  ZChainUpdate,
} from './industrial-systems';
export type {
  TEnterpriseListItem,
  TFindEnterprisesQuery,
  TScaleEvent,
  TEnterprise,
  TEnterpriseInput,
  TEnterpriseUpdate,
  TScaleEventInput,
  TImportResult,
} from './enterprises';
export {
  ENTERPRISE_STATUSES,
  ENTERPRISE_SORTS,
  ZEnterpriseStatus,
  ZEnterpriseListItem,
  ZEnterprisePage,
  ZFindEnterprisesQuery,
  ZScaleEvent,
  ZEnterprise,
  ZEnterpriseInput,
  ZEnterpriseUpdate,
  ZEnterpriseChainInput,
  ZEnterpriseChainParams,
  ZScaleEventInput,
  ZImportQuery,
  ZImportRowResult,
  ZImportResult,
} from './enterprises';
