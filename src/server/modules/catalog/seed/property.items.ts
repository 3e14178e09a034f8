/** 不动产: real estate registry searches, transfers and mortgages (自然资源和规划局 / 不动产登记中心). */
import {
  CHENGDU,
  DEYANG,
  MEISHAN,
  ZIYANG,
  businessLicence,
  complaint,
  consultation,
  idCard,
  option,
  phoneField,
  proxyMaterials,
} from './common.js';
import type { SeedFormField, SeedItem } from './seed-item.js';

const realEstateBasis =
  '《中华人民共和国民法典》物权编；《不动产登记暂行条例》；《不动产登记暂行条例实施细则》';

const certNumberField: SeedFormField = {
  key: 'certNumber',
  label: '不动产权证书号',
  labelEn: 'Real estate certificate number',
  type: 'text',
  required: true,
  maxLength: 60,
  help: '如：川（2023）成都市不动产权第0123456号',
};

const propertyAddressField: SeedFormField = {
  key: 'propertyAddress',
  label: '不动产坐落',
  labelEn: 'Address of the property',
  type: 'text',
  required: true,
  maxLength: 150,
};

const purposeField: SeedFormField = {
  key: 'purpose',
  label: '查询用途',
  labelEn: 'Purpose of the search',
  type: 'select',
  required: false,
  options: [
    option('loan', '办理贷款', 'Loan application'),
    option('school', '子女入学', 'School place'),
    option('litigation', '诉讼、仲裁', 'Litigation or arbitration'),
    option('inheritance', '继承', 'Inheritance'),
    option('other', '其他', 'Other'),
  ],
};

export const propertyItems: SeedItem[] = [
  {
    code: '000121018000',
    name: '不动产登记资料查询',
    nameEn: 'Search of the real estate register',
    type: 'public_service',
    subject: 'both',
    legalBasis: '《不动产登记暂行条例》；《不动产登记资料查询暂行办法》',
    modes: ['fully_online', 'off_site_window', 'instant'],
    lifeEvents: ['property', 'housing', 'education'],
    keywords: ['查档', '房产查询', '有无房证明', '无房证明', '不动产查询', '房产证查询', '产调'],
    summary:
      '不动产权利人可以查询、复制本人名下不动产的登记资料，利害关系人可以查询不动产的登记结果，受委托律师可按规定查询。四市不动产登记资料互查互认，可在线出具带电子签章的查询结果（含“有无房”证明），也可在任一市窗口当场查询。',
    summaryEn:
      'Owners can search and copy the register entries for their own property; parties with a legitimate interest can see the registration result, and instructed lawyers may search as allowed. The four cities search each other’s registers: results, including proof of owning no home, are issued online with an electronic seal or on the spot at any window.',
    resultType: 'real_estate_record',
    guide: {
      conditions: [
        '权利人查询本人（本单位）名下不动产登记资料；',
        '利害关系人查询时，能够提供与查询对象存在买卖、租赁、抵押、诉讼等利害关系的证明；',
        '受委托律师查询的，持律师执业证和律师事务所证明，并在委托人可查询范围内查询。',
      ],
      steps: [
        '申请：通过天府通办、各市不动产登记网上服务平台申请，或到四市任一不动产登记窗口；',
        '核验：人脸识别或窗口核验查询人身份及查询权限；',
        '查询：系统检索登记信息，生成查询结果；',
        '出具：当场出具带电子签章和验证码的查询结果证明，可下载或打印。',
      ],
      faq: [
        {
          q: '“有无房”证明能查四个城市吗？',
          a: '可以选择查询本市或成德眉资四市范围，结果证明注明查询范围和时间，四市互认。',
        },
        {
          q: '可以查别人的房子吗？',
          a: '不能随意查询。利害关系人只能查询登记结果（如权利人、抵押、查封状态），且需提供利害关系证明，不得查询原始登记资料。',
        },
      ],
      consultation: consultation.zrzyj,
      complaint: complaint.general,
    },
    orgKey: 'zrzyj',
    statutoryDays: 5,
    promisedDays: 0,
    feeYuan: '0',
    materials: [
      idCard({ name: '查询人居民身份证', requirement: 'conditional', condition: '个人查询的' }),
      businessLicence({ requirement: 'conditional', condition: '单位查询本单位名下不动产的' }),
      {
        key: 'interest_proof',
        name: '利害关系证明（买卖合同、租赁合同、起诉受理通知书等）',
        requirement: 'conditional',
        condition: '利害关系人查询的',
        form: 'original_and_copy',
        copies: 1,
      },
      {
        key: 'lawyer_documents',
        name: '律师执业证及律师事务所出具的证明',
        requirement: 'conditional',
        condition: '受委托律师查询的',
        form: 'original',
        copies: 1,
      },
      ...proxyMaterials(),
    ],
    form: [
      {
        key: 'applicantRole',
        label: '查询人身份',
        labelEn: 'Searching as',
        type: 'select',
        required: true,
        options: [
          option('owner', '权利人', 'Owner'),
          option('interested_party', '利害关系人', 'Party with a legitimate interest'),
          option('lawyer', '受委托律师', 'Instructed lawyer'),
        ],
      },
      {
        key: 'queryType',
        label: '查询内容',
        labelEn: 'What to search',
        type: 'select',
        required: true,
        options: [
          option('ownership_status', '名下不动产情况（有无房）', 'Properties held (or none)'),
          option('registration_result', '特定不动产登记结果', 'Registration result for a property'),
          option('original_records', '原始登记资料查阅复制', 'Original register documents'),
        ],
      },
      {
        key: 'scope',
        label: '查询范围',
        labelEn: 'Area searched',
        type: 'select',
        required: true,
        options: [
          option('city', '本市', 'This city'),
          option('metropolitan', '成德眉资四市', 'All four cities'),
        ],
      },
      {
        key: 'propertyLocation',
        label: '不动产坐落或不动产单元号',
        labelEn: 'Property address or unit number',
        type: 'text',
        required: false,
        maxLength: 150,
      },
      purposeField,
    ],
    delivery: ['online', 'window'],
    cityOverrides: {
      [DEYANG]: { formOverrides: [{ ...purposeField, required: true }] },
      [ZIYANG]: {
        extraMaterials: [
          {
            key: 'paper_request',
            name: '不动产登记资料查询申请书（本人签名）',
            requirement: 'conditional',
            condition: '到窗口查阅、复制原始登记资料的',
            form: 'original',
            copies: 1,
          },
        ],
      },
    },
  },
  {
    code: '000121003000',
    name: '不动产转移登记',
    nameEn: 'Registration of a real estate transfer',
    type: 'administrative_confirmation',
    subject: 'both',
    legalBasis: realEstateBasis,
    modes: ['off_site_window', 'multi_site'],
    lifeEvents: ['property', 'housing', 'marriage_and_family'],
    keywords: ['过户', '房产过户', '二手房', '房产证', '不动产权证', '赠与', '继承过户', '买房'],
    summary:
      '因买卖、赠与、继承、离婚析产、作价出资等导致不动产权利转移的，当事人应当申请转移登记。四市推行“一窗受理、集成办理”，交易、缴税、登记一次提交，登记完成后核发不动产权证书和电子证照。',
    summaryEn:
      'When ownership passes by sale, gift, inheritance, division on divorce or contribution to a company, the parties register the transfer. In the four cities the transaction check, taxes and registration are handled together at one window, and a real estate certificate, paper and electronic, is issued.',
    resultType: 'real_estate_certificate',
    guide: {
      conditions: [
        '不动产已依法登记，权属清楚，未被查封或限制转移；',
        '已设立抵押的，已注销抵押或抵押权人同意转让；',
        '依法应当缴纳的税费已缴纳；',
        '买卖双方或赠与、继承等相关当事人共同申请（继承、判决等可单方申请）。',
      ],
      steps: [
        '申请：当事人到不动产登记“一窗受理”窗口或线上提交申请，存量房买卖合同网签备案；',
        '缴税：税务部门在同一窗口核定并征收契税、个人所得税等税费；',
        '审核：登记机构查验权属、查封、抵押状态，需要的进行实地查看或公告；',
        '登簿：审核通过后记载于不动产登记簿；',
        '发证：缴纳登记费后核发不动产权证书，同步生成电子证照，可邮寄送达。',
      ],
      faq: [
        {
          q: '登记费怎么收？',
          a: '住宅类不动产登记费每件80元（含一本证书），非住宅类每件550元；每增加一本证书加收工本费10元；小微企业免收登记费。',
        },
        {
          q: '父母把房子给子女，办赠与还是继承？',
          a: '父母在世时可办理赠与转移登记，需签订赠与合同并缴纳相应税费；父母去世后按继承办理，需提供继承权公证或经核验的继承材料。',
        },
      ],
      consultation: consultation.zrzyj,
      complaint: complaint.general,
    },
    orgKey: 'zrzyj',
    statutoryDays: 30,
    promisedDays: 5,
    feeYuan: '80.00',
    materials: [
      {
        key: 'application',
        name: '不动产登记申请书',
        requirement: 'required',
        form: 'original',
        copies: 1,
      },
      idCard({
        name: '自然人当事人居民身份证',
        requirement: 'conditional',
        condition: '转让方或受让方为自然人的（双方分别提供）',
      }),
      businessLicence({ requirement: 'conditional', condition: '转让方或受让方为法人或其他组织的' }),
      {
        key: 'property_certificate',
        name: '原不动产权证书（房屋所有权证、国有土地使用证）',
        requirement: 'required',
        form: 'original',
        copies: 1,
        note: '登记完成后收回注销',
      },
      {
        key: 'transfer_document',
        name: '权属转移依据（网签买卖合同、赠与合同、继承公证书、生效法律文书等）',
        requirement: 'required',
        form: 'original',
        copies: 1,
      },
      {
        key: 'marriage_proof',
        name: '婚姻状况证明（结婚证、离婚证或离婚协议）',
        requirement: 'conditional',
        condition: '转让方或受让方为自然人，需确定共有情况的',
        form: 'original_and_copy',
        copies: 1,
        replaceableBy: 'marriage_certificate',
      },
      ...proxyMaterials(),
    ],
    form: [
      {
        key: 'transferType',
        label: '转移原因',
        labelEn: 'Reason for the transfer',
        type: 'select',
        required: true,
        options: [
          option('sale', '买卖', 'Sale'),
          option('gift', '赠与', 'Gift'),
          option('inheritance', '继承、遗赠', 'Inheritance or bequest'),
          option('divorce', '离婚析产', 'Division on divorce'),
          option('capital_contribution', '作价出资（入股）', 'Contribution to a company'),
        ],
      },
      propertyAddressField,
      certNumberField,
      {
        key: 'price',
        label: '成交价格（元）',
        labelEn: 'Price (yuan)',
        type: 'number',
        required: false,
        help: '买卖的填写网签合同价格',
      },
      {
        key: 'ownershipMode',
        label: '受让后共有方式',
        labelEn: 'How the new owners hold it',
        type: 'select',
        required: true,
        options: [
          option('sole', '单独所有', 'Sole ownership'),
          option('joint', '共同共有', 'Joint ownership'),
          option('shares', '按份共有', 'Ownership in shares'),
        ],
      },
      phoneField,
    ],
    delivery: ['window', 'post', 'online'],
    cityOverrides: {
      [CHENGDU]: { promisedDays: 1 },
      [DEYANG]: { promisedDays: 3 },
      [ZIYANG]: {
        extraMaterials: [
          {
            key: 'tax_receipt',
            name: '契税等税费完税凭证',
            requirement: 'conditional',
            condition: '未在不动产登记“一窗受理”窗口同步缴税的',
            form: 'original_and_copy',
            copies: 1,
          },
        ],
      },
    },
  },
  {
    code: '000121006000',
    name: '不动产抵押权登记',
    nameEn: 'Registration of a mortgage on real estate',
    type: 'administrative_confirmation',
    subject: 'both',
    legalBasis: realEstateBasis,
    modes: ['fully_online', 'off_site_window'],
    lifeEvents: ['property', 'housing', 'running_a_business'],
    keywords: ['抵押登记', '房屋抵押', '按揭', '抵押贷款', '他项权证', '不动产登记证明', '经营贷'],
    summary:
      '以不动产设定抵押的，抵押人和抵押权人应当共同申请抵押权登记。四市推行银行网点“不动产登记+金融服务”延伸服务，抵押登记可在银行网点或线上全程办理，登记完成后向抵押权人核发电子不动产登记证明。',
    summaryEn:
      'A mortgage on real estate is registered jointly by the mortgagor and the lender. In the four cities it can be done entirely online or at the lender’s branch, and the lender receives an electronic registration certificate.',
    resultType: 'real_estate_certificate',
    guide: {
      conditions: [
        '抵押物已依法办理不动产首次登记或转移登记（预购商品房可办理预告登记）；',
        '抵押物未被查封，法律法规未禁止抵押；',
        '抵押人与抵押权人已签订主债权合同和抵押合同。',
      ],
      steps: [
        '申请：抵押人和抵押权人通过银行网点或线上平台共同申请；',
        '受理：登记机构核验双方身份、抵押合同和不动产状态；',
        '登簿：审核通过后记载于不动产登记簿；',
        '发证：向抵押权人核发不动产登记证明（电子证明与纸质证明效力相同）。',
      ],
      faq: [
        {
          q: '抵押登记要抵押人本人到场吗？',
          a: '通过银行网点或线上办理的，抵押人在银行完成面签和实名认证即可，无需再到登记窗口。',
        },
        {
          q: '贷款还清后怎么注销抵押？',
          a: '由抵押权人（银行）申请注销抵押登记，多数银行已实现线上申请、即时办结，注销登记不收费。',
        },
      ],
      consultation: consultation.zrzyj,
      complaint: complaint.general,
    },
    orgKey: 'zrzyj',
    statutoryDays: 30,
    promisedDays: 3,
    feeYuan: '80.00',
    materials: [
      {
        key: 'application',
        name: '不动产登记申请书',
        requirement: 'required',
        form: 'original',
        copies: 1,
      },
      idCard({ name: '抵押人身份证明' }),
      businessLicence({ key: 'mortgagee_licence', name: '抵押权人营业执照（或其他主体资格证明）' }),
      {
        key: 'property_certificate',
        name: '不动产权证书',
        requirement: 'required',
        form: 'original',
        copies: 1,
        replaceableBy: 'real_estate_certificate',
      },
      {
        key: 'contracts',
        name: '主债权合同及抵押合同（或含抵押条款的主债权合同）',
        requirement: 'required',
        form: 'original',
        copies: 1,
      },
      ...proxyMaterials('抵押权人委托工作人员办理的'),
    ],
    form: [
      {
        key: 'mortgageType',
        label: '抵押方式',
        labelEn: 'Type of mortgage',
        type: 'select',
        required: true,
        options: [
          option('general', '一般抵押', 'Ordinary mortgage'),
          option('maximum', '最高额抵押', 'Maximum-amount mortgage'),
        ],
      },
      {
        key: 'debtAmount',
        label: '被担保主债权数额（万元）',
        labelEn: 'Secured debt (10,000 yuan)',
        type: 'number',
        required: true,
      },
      {
        key: 'debtStart',
        label: '债务履行期限起',
        labelEn: 'Debt term from',
        type: 'date',
        required: true,
      },
      {
        key: 'debtEnd',
        label: '债务履行期限止',
        labelEn: 'Debt term to',
        type: 'date',
        required: true,
      },
      propertyAddressField,
      certNumberField,
    ],
    delivery: ['online', 'window'],
    cityOverrides: {
      [CHENGDU]: { promisedDays: 1 },
      [MEISHAN]: { promisedDays: 2 },
      [ZIYANG]: {
        extraMaterials: [
          {
            key: 'financial_licence',
            name: '抵押权人金融许可证',
            requirement: 'conditional',
            condition: '抵押权人为银行业金融机构的',
            form: 'copy',
            copies: 1,
          },
        ],
      },
    },
  },
];
