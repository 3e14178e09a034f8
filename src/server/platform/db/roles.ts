/**
 * The role request transactions run as: not superuser, no BYPASSRLS, owns no table.
 * Created and granted by the custom migration 0001; the name is fixed there too.
 */
export const APP_ROLE = 'tongcheng_app';
