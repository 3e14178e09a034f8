import type { oidcZh } from '../zh-CN/oidc.js';

export const oidcEn: typeof oidcZh = {
  scopes: {
    openid: 'Your account identifier (a number that is not your ID number)',
    profile: 'Your name or business name',
    phone: 'Your mobile number',
    id_number: 'Your ID card number',
  },
  authorize: {
    pageTitle: 'Authorise sign-in: {{site}}',
    title: 'Authorise sign-in',
    lead: '“{{site}}” asks to sign you in with your Tongcheng account. If you agree, the site receives:',
    signedInAs: 'Signed in as {{name}} ({{kind}})',
    otherAccount: 'Use another account',
    restrictedLegend: 'Sensitive personal information: ID card number',
    restrictedExplain:
      '“{{site}}” also asks for your ID card number. It is sensitive personal information and is given only if you tick the separate box below; that agreement counts for this sign-in only and is not remembered.',
    restrictedAgree: 'I separately agree to give “{{site}}” my ID card number',
    restrictedNotGiven:
      'If you leave it unticked, the site does not get your ID card number; the rest is given as you agree.',
    agree: 'Agree and sign in',
    decline: 'Decline',
    note: 'Tongcheng gives the site only the information above. You can sign out of the site at any time.',
    signingIn: 'Signing in to “{{site}}”…',
    staffTitle: 'Staff accounts cannot sign in to other sites',
    staffExplain:
      'You are signed in to Tongcheng with the staff account “{{name}}”. Please sign in to “{{site}}” with a personal or business account.',
    cancel: 'Cancel and go back to the site',
    expiredTitle: 'This sign-in request is no longer valid',
  },
  admin: {
    title: 'Unified sign-in',
    navLink: 'Unified sign-in',
    intro:
      'The four cities’ public-service sites sign people in with their Tongcheng account through OpenID Connect. Register those sites here, decide which personal information each may ask for, and manage the signing keys.',
    forbidden: 'Only the system administrator manages unified sign-in.',
    clientsTitle: 'Registered sites',
    clientsCaption: 'Sites registered for unified sign-in',
    noClients: 'No site is registered yet.',
    columns: {
      name: 'Site name',
      clientId: 'Client ID',
      type: 'Type',
      redirectUris: 'Sign-in redirect addresses',
      scopes: 'May ask for',
      actions: 'Actions',
    },
    types: {
      confidential: 'Server-side site (with a secret)',
      public: 'Public client (PKCE only)',
    },
    remove: 'Remove',
    removeConfirm:
      'Once “{{name}}” is removed it can no longer sign people in through Tongcheng, and every token it was issued stops working. Remove it?',
    removeOk: 'Remove',
    removeCancel: 'Cancel',
    removed: '“{{name}}” was removed.',
    registerTitle: 'Register a site',
    fields: {
      name: 'Site name',
      nameHelp: 'Shown to people when they sign in, e.g. 德阳市民服务',
      clientId: 'Client ID',
      clientIdHelp: 'Lower-case letters, digits and hyphens, e.g. deyang-citizen-site',
      type: 'Type of site',
      redirectUris: 'Sign-in redirect addresses',
      redirectUrisHelp: 'One full address per line; https only (http://localhost for local testing)',
      postLogoutRedirectUris: 'Addresses to return to after sign-out',
      postLogoutRedirectUrisHelp: 'One per line; optional',
      scopes: 'Personal information it may ask for',
      scopesHelp:
        'The account identifier is always given. The ID card number is sensitive personal information: people agree to it separately every time.',
    },
    register: 'Register',
    registered: '“{{name}}” is registered.',
    secretTitle: 'Client secret (shown this once)',
    secretExplain:
      'Copy it now and hand it to the site’s developers over a secure channel. Tongcheng keeps only a digest of it and cannot show it again.',
    secretLabel: 'Secret of “{{clientId}}”',
    keysTitle: 'Signing keys',
    keysIntro:
      'ID tokens are signed with RS256. A rotation publishes the new key at once and signs with it ten minutes later; the key it replaces stays published for 24 hours so that tokens it signed still verify.',
    keysCaption: 'Published signing keys',
    keyColumns: {
      kid: 'Key ID (kid)',
      status: 'Status',
      activatesAt: 'Signs from',
      publishedUntil: 'Published until',
    },
    keyStatus: {
      next: 'Coming into use',
      active: 'Signing',
      previous: 'Replaced',
    },
    rotate: 'Rotate the signing key',
    rotated: 'A new signing key was made; it signs from {{time}}.',
  },
};
