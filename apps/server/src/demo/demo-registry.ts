import { DEFAULT_ENTERPRISE_TAGS, makeUscc } from '@gongyeyun/core';

/*
 * The demo city's industrial system and enterprise registry: 来宾市 and its "345" modern
 * industrial system (DOMAIN.md), plus a few hundred invented enterprises spread over its
 * counties, townships and parks. Everything here is pure data or a pure function of a seed;
 * the demo loader writes it through the services.
 *
 * The people and enterprises are fictional. Names are put together from word lists in the
 * local style; any likeness to a real enterprise is accidental.
 */

// ---------------------------------------------------------------------------------------------
// The "345" industrial system
// ---------------------------------------------------------------------------------------------

export type DemoTierKey = 'traditional' | 'specialty' | 'emerging';

export interface DemoChainTier {
  key: DemoTierKey;
  name: string;
  nameEn: string;
  /** What the city means to do with the tier. */
  description: string;
  sortOrder: number;
}

export interface DemoChain {
  code: string;
  tier: DemoTierKey;
  /** Code of the chain this one is a sub-chain of. */
  parent?: string;
  name: string;
  nameEn: string;
  /** 链长: the city leader answerable for the chain (fictional). */
  leaderName: string;
  leaderTitle: string;
  /** Code of one of the demo city's departments (DEMO_DEPARTMENTS). */
  leadDepartmentCode: string;
  /** GB/T 4754-2017 codes at any level; a division or group covers its classes. */
  industryCodes: string[];
}

export interface DemoIndustrialSystem {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  tiers: DemoChainTier[];
  chains: DemoChain[];
}

const MAYOR = { leaderName: '王建国', leaderTitle: '市长' };
const EXECUTIVE_VICE_MAYOR = { leaderName: '李志强', leaderTitle: '常务副市长' };
const VICE_MAYOR_CHEN = { leaderName: '陈立新', leaderTitle: '副市长' };
const VICE_MAYOR_HUANG = { leaderName: '黄永平', leaderTitle: '副市长' };
const VICE_MAYOR_WEI = { leaderName: '韦海宁', leaderTitle: '副市长' };
const VICE_MAYOR_QIN = { leaderName: '覃文杰', leaderTitle: '副市长' };

const GXJ = '451300-GXJ';
const FGW = '451300-FGW';

/**
 * 来宾市“345”现代产业体系. The top-level chains do not share an industry class, so every
 * enterprise falls into at most one of them by its class; the aluminium sub-chain covers a
 * subset of its parent's classes.
 */
export const DEMO_INDUSTRIAL_SYSTEM: DemoIndustrialSystem = {
  code: 'laibin-345',
  name: '来宾市“345”现代产业体系',
  nameEn: 'Laibin "345" modern industrial system',
  description:
    '做强3个传统产业（制糖及综合利用、能源电力、冶金和金属新材料），做优4个特色产业（高端碳酸钙、' +
    '木材加工及高端家具家居、民族及生物医药、农副产品加工），培育5个新兴产业（电子信息、节能环保、' +
    '现代纺织、绿色化工新材料、机械装备制造）。每条产业链由一位市领导任链长。',
  tiers: [
    {
      key: 'traditional',
      name: '传统产业',
      nameEn: 'Traditional industries',
      description: '转型升级',
      sortOrder: 1,
    },
    {
      key: 'specialty',
      name: '特色产业',
      nameEn: 'Specialty industries',
      description: '做大做强',
      sortOrder: 2,
    },
    {
      key: 'emerging',
      name: '新兴产业',
      nameEn: 'Emerging industries',
      description: '培育壮大',
      sortOrder: 3,
    },
  ],
  chains: [
    // Cane sugar (1340 制糖业) and what the mills' by-products feed: molasses → alcohol
    // (1511 酒精制造), bagasse → non-wood pulp (2212 非木竹浆制造) and paper and board
    // (2221 机制纸及纸板制造: the city's paper mills run on bagasse, so the class is counted
    // here whole). Filter-mud fertiliser stays in 化工 (2625) and is tagged by hand.
    {
      code: 'sugar',
      tier: 'traditional',
      name: '制糖及综合利用',
      nameEn: 'Sugar and by-products',
      ...MAYOR,
      leadDepartmentCode: GXJ,
      industryCodes: ['1340', '1511', '2212', '2221'],
    },
    // Coal (06: the former mining town of 合山), electricity and heat (44: coal-fired,
    // hydro on the 红水河, wind, solar, biomass; supply), and gas (45).
    {
      code: 'energy',
      tier: 'traditional',
      name: '能源电力',
      nameEn: 'Energy and power',
      ...EXECUTIVE_VICE_MAYOR,
      leadDepartmentCode: FGW,
      industryCodes: ['06', '44', '45'],
    },
    // Metal ore mining (08 incl. manganese, 09), ferrous (31, incl. 3140 ferroalloys) and
    // non-ferrous smelting and rolling (32, incl. aluminium, zinc, alloys).
    {
      code: 'metallurgy',
      tier: 'traditional',
      name: '冶金和金属新材料',
      nameEn: 'Metallurgy and new metal materials',
      ...EXECUTIVE_VICE_MAYOR,
      leadDepartmentCode: GXJ,
      industryCodes: ['08', '09', '31', '32'],
    },
    // Bauxite (0916 铝矿采选), alumina and aluminium smelting (3216 铝冶炼) and aluminium
    // rolling and extrusion (3252 铝压延加工): all inside the parent chain's 09 and 32.
    {
      code: 'aluminium',
      tier: 'traditional',
      parent: 'metallurgy',
      name: '铝',
      nameEn: 'Aluminium',
      ...MAYOR,
      leadDepartmentCode: GXJ,
      industryCodes: ['0916', '3216', '3252'],
    },
    // Limestone and marble quarrying (1011 石灰石、石膏开采), ground calcium carbonate powder
    // (3099 其他非金属矿物制品制造) and precipitated / nano calcium carbonate (2613 无机盐制造,
    // which also holds other inorganic salts; the chemicals chain leaves it out).
    {
      code: 'calcium-carbonate',
      tier: 'specialty',
      name: '高端碳酸钙',
      nameEn: 'High-end calcium carbonate',
      ...VICE_MAYOR_CHEN,
      leadDepartmentCode: GXJ,
      industryCodes: ['1011', '2613', '3099'],
    },
    // Sawn wood, veneer, plywood and boards, wooden products, bamboo (20) and furniture (21).
    {
      code: 'wood-furniture',
      tier: 'specialty',
      name: '木材加工及高端家具家居',
      nameEn: 'Wood processing and high-end furniture',
      ...VICE_MAYOR_HUANG,
      leadDepartmentCode: GXJ,
      industryCodes: ['20', '21'],
    },
    // The whole of 27 医药制造业: Yao and Zhuang medicine (中成药, 中药饮片), chemical drugs,
    // biological products, medical supplies.
    {
      code: 'medicine',
      tier: 'specialty',
      name: '民族及生物医药',
      nameEn: 'Ethnic and bio-medicine',
      ...VICE_MAYOR_WEI,
      leadDepartmentCode: GXJ,
      industryCodes: ['27'],
    },
    // 13 农副食品加工业 without 134 制糖业 (the sugar chain's), 14 食品制造业 and 1530 精制茶加工
    // (金秀's tea). Liquor and other beverages (15) are left outside the system.
    {
      code: 'agri-food',
      tier: 'specialty',
      name: '农副产品加工',
      nameEn: 'Agri-product processing',
      ...VICE_MAYOR_HUANG,
      leadDepartmentCode: GXJ,
      industryCodes: ['131', '132', '133', '135', '136', '137', '139', '14', '1530'],
    },
    // 39 计算机、通信和其他电子设备制造业.
    {
      code: 'electronics',
      tier: 'emerging',
      name: '电子信息',
      nameEn: 'Electronic information',
      ...VICE_MAYOR_CHEN,
      leadDepartmentCode: GXJ,
      industryCodes: ['39'],
    },
    // Industrial classes only: treatment chemicals (2666), environmental protection equipment
    // (3591), environmental monitoring instruments (4021), recycling of scrap (42) and
    // wastewater treatment and reuse (4620).
    {
      code: 'eco-env',
      tier: 'emerging',
      name: '节能环保',
      nameEn: 'Energy saving and environmental protection',
      ...VICE_MAYOR_QIN,
      leadDepartmentCode: GXJ,
      industryCodes: ['2666', '3591', '4021', '42', '4620'],
    },
    // Textiles (17, incl. the silk reeling of 忻城 and 象州), garments (18) and man-made
    // fibres (28).
    {
      code: 'textile',
      tier: 'emerging',
      name: '现代纺织',
      nameEn: 'Modern textiles',
      ...VICE_MAYOR_WEI,
      leadDepartmentCode: GXJ,
      industryCodes: ['17', '18', '28'],
    },
    // 26 化学原料和化学制品制造业 without 2613 (calcium carbonate) and 2666 (environmental
    // chemicals), listed group by group; plus 29 橡胶和塑料制品业.
    {
      code: 'chemicals',
      tier: 'emerging',
      name: '绿色化工新材料',
      nameEn: 'Green chemicals and new materials',
      ...VICE_MAYOR_QIN,
      leadDepartmentCode: GXJ,
      industryCodes: [
        '2611',
        '2612',
        '2614',
        '2619',
        '262',
        '263',
        '264',
        '265',
        '2661',
        '2662',
        '2663',
        '2664',
        '2665',
        '2667',
        '2669',
        '267',
        '268',
        '29',
      ],
    },
    // General equipment (34), special equipment (35 without 3591, the environmental chain's),
    // automotive (36) and electrical machinery (38).
    {
      code: 'machinery',
      tier: 'emerging',
      name: '机械装备制造',
      nameEn: 'Machinery and equipment manufacturing',
      ...VICE_MAYOR_QIN,
      leadDepartmentCode: GXJ,
      industryCodes: [
        '34',
        '351',
        '352',
        '353',
        '354',
        '355',
        '356',
        '357',
        '358',
        '3592',
        '3593',
        '3594',
        '3595',
        '3596',
        '3597',
        '3599',
        '36',
        '38',
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Enterprise tags
// ---------------------------------------------------------------------------------------------

type TagCode =
  'leading' | 'high_tech' | 'specialised' | 'little_giant' | 'gazelle' | 'sci_tech_sme';

// ---------------------------------------------------------------------------------------------
// Enterprises
// ---------------------------------------------------------------------------------------------

export type DemoEnterpriseStatus = 'operating' | 'stopped' | 'closed';

export interface DemoScaleEvent {
  category: 'industry';
  kind: 'entered' | 'exited';
  occurredOn: string;
  reason: string;
}

export interface DemoEnterprise {
  uscc: string;
  name: string;
  formerNames: string[];
  legalRepresentative: string;
  address: string;
  /** GB/T 2260 code of the county or district. */
  countyCode: string;
  /** Code of a township of the county (townships-laibin-dongyuan.csv), or null. */
  townshipCode: string | null;
  /** Code of a park of the county, or a city-level park for 兴宾区 (DEMO_PARKS), or null. */
  parkCode: string | null;
  /** 4-digit GB/T 4754-2017 class. */
  industryCode: string;
  /** 万元, two decimals. */
  registeredCapital: string;
  foundedOn: string;
  status: DemoEnterpriseStatus;
  contactPerson: string;
  contactPhone: string;
  /** Codes of the default enterprise tags (DEFAULT_ENTERPRISE_TAGS). */
  tags: string[];
  /** 规模以上工业 now (the last scale event is an entry), else null. */
  scaleCategory: 'industry' | null;
  /** Entries and exits, oldest first. */
  scaleEvents: DemoScaleEvent[];
  /** Chains tagged by hand, beyond those the industry class gives. */
  manualChainCodes: string[];
}

export interface GenerateDemoEnterprisesOptions {
  seed?: number;
  count?: number;
}

export const DEMO_ENTERPRISE_SEED = 451300;
export const DEMO_ENTERPRISE_COUNT = 600;

type CountyCode = '451302' | '451321' | '451322' | '451323' | '451324' | '451381';
type CountyWeights = Record<CountyCode, number>;

interface County {
  code: CountyCode;
  name: string;
  /** How an enterprise name of the county may begin. */
  namePrefixes: readonly string[];
  /** The prefix of state-era factory names (来宾县 became 兴宾区 in 2002). */
  oldPrefix: string;
}

const COUNTIES: Record<CountyCode, County> = {
  '451302': {
    code: '451302',
    name: '兴宾区',
    namePrefixes: ['来宾市', '来宾市', '来宾市', '来宾', '来宾市兴宾区'],
    oldPrefix: '来宾县',
  },
  '451321': {
    code: '451321',
    name: '忻城县',
    namePrefixes: ['忻城县', '忻城县', '来宾市'],
    oldPrefix: '忻城县',
  },
  '451322': {
    code: '451322',
    name: '象州县',
    namePrefixes: ['象州县', '象州县', '来宾市'],
    oldPrefix: '象州县',
  },
  '451323': {
    code: '451323',
    name: '武宣县',
    namePrefixes: ['武宣县', '武宣县', '来宾市'],
    oldPrefix: '武宣县',
  },
  '451324': {
    code: '451324',
    name: '金秀瑶族自治县',
    namePrefixes: ['金秀瑶族自治县', '金秀', '来宾市'],
    oldPrefix: '金秀瑶族自治县',
  },
  '451381': {
    code: '451381',
    name: '合山市',
    namePrefixes: ['合山市', '合山市', '来宾市'],
    oldPrefix: '合山市',
  },
};

/**
 * Economic weight of the counties for industries without a geography of their own: the city
 * district 兴宾区 holds most industry, then 象州, 武宣 and 合山; 忻城 and mountainous 金秀 least.
 */
const DEFAULT_COUNTIES: CountyWeights = {
  '451302': 45,
  '451321': 8,
  '451322': 14,
  '451323': 14,
  '451324': 5,
  '451381': 14,
};

// Townships of the demo counties (townships-laibin-dongyuan.csv).
// prettier-ignore
const TOWNSHIPS: Record<CountyCode, readonly (readonly [string, string])[]> = {
  '451302': [
    ['451302001', '城东街道'], ['451302002', '城北街道'], ['451302003', '河西街道'],
    ['451302005', '来华街道'], ['451302101', '凤凰镇'], ['451302102', '良江镇'],
    ['451302103', '小平阳镇'], ['451302104', '迁江镇'], ['451302105', '石陵镇'],
    ['451302106', '平阳镇'], ['451302107', '蒙村镇'], ['451302108', '大湾镇'],
    ['451302109', '桥巩镇'], ['451302110', '寺山镇'], ['451302111', '城厢镇'],
    ['451302112', '三五镇'], ['451302113', '陶邓镇'], ['451302114', '石牙镇'],
    ['451302115', '五山镇'], ['451302116', '良塘镇'], ['451302206', '七洞乡'],
    ['451302213', '南泗乡'], ['451302214', '高安乡'], ['451302216', '正龙乡'],
    ['451302402', '来华投资区'],
  ],
  '451321': [
    ['451321100', '城关镇'], ['451321101', '大塘镇'], ['451321102', '思练镇'],
    ['451321103', '红渡镇'], ['451321104', '古蓬镇'], ['451321105', '果遂镇'],
    ['451321201', '马泗乡'], ['451321202', '欧洞乡'], ['451321203', '安东乡'],
    ['451321205', '新圩乡'], ['451321206', '遂意乡'], ['451321207', '北更乡'],
  ],
  '451322': [
    ['451322100', '象州镇'], ['451322101', '石龙镇'], ['451322102', '运江镇'],
    ['451322103', '寺村镇'], ['451322104', '中平镇'], ['451322105', '罗秀镇'],
    ['451322106', '大乐镇'], ['451322107', '马坪镇'], ['451322201', '妙皇乡'],
    ['451322202', '百丈乡'], ['451322203', '水晶乡'],
  ],
  '451323': [
    ['451323100', '武宣镇'], ['451323101', '桐岭镇'], ['451323102', '通挽镇'],
    ['451323103', '东乡镇'], ['451323104', '三里镇'], ['451323105', '二塘镇'],
    ['451323106', '黄茆镇'], ['451323107', '禄新镇'], ['451323108', '思灵镇'],
    ['451323204', '金鸡乡'],
  ],
  '451324': [
    ['451324100', '金秀镇'], ['451324101', '桐木镇'], ['451324102', '头排镇'],
    ['451324200', '三角乡'], ['451324201', '忠良乡'], ['451324202', '罗香乡'],
    ['451324203', '长垌乡'], ['451324204', '大樟乡'], ['451324205', '六巷乡'],
    ['451324207', '三江乡'],
  ],
  '451381': [['451381100', '岭南镇'], ['451381101', '北泗镇'], ['451381102', '河里镇']],
};

interface Park {
  code: string;
  /** The county whose enterprises may sit in the park. */
  county: CountyCode;
  /** How an address in the park begins. */
  address: string;
  /** The township the park lies in, when the park is named after it. */
  township?: string;
}

/**
 * The parks of DEMO_PARKS by the county whose enterprises they hold: the city-level parks
 * (高新区 P01, 三江口新区 P03) sit in 兴宾区 and take its enterprises.
 */
const PARKS: Record<string, Park> = {
  '451300-P01': { code: '451300-P01', county: '451302', address: '来宾市高新技术产业开发区' },
  '451300-P02': { code: '451300-P02', county: '451302', address: '来宾市河南工业园区' },
  '451300-P03': { code: '451300-P03', county: '451302', address: '来宾市三江口新区' },
  '451300-P04': {
    code: '451300-P04',
    county: '451302',
    address: '来宾市兴宾区迁江工业园',
    township: '451302104',
  },
  '451300-P05': {
    code: '451300-P05',
    county: '451302',
    address: '来宾市兴宾区凤凰工业园',
    township: '451302101',
  },
  '451300-P06': { code: '451300-P06', county: '451321', address: '来宾市忻城县工业园区' },
  '451300-P07': { code: '451300-P07', county: '451322', address: '来宾市象州县工业园区' },
  '451300-P08': { code: '451300-P08', county: '451323', address: '来宾市武宣县工业园区' },
  '451300-P09': { code: '451300-P09', county: '451324', address: '来宾市金秀瑶族自治县工业集中区' },
  '451300-P10': { code: '451300-P10', county: '451381', address: '来宾市合山市工业园区' },
};

/** Which 兴宾区 park an enterprise picks, by default: the high-tech zone and 河南 most. */
const XINGBIN_PARKS: Record<string, number> = {
  '451300-P01': 3,
  '451300-P02': 3,
  '451300-P03': 1,
  '451300-P04': 2,
  '451300-P05': 2,
};

interface ClassProfile {
  code: string;
  weight: number;
  /** Words naming the trade in an enterprise name (糖业, 铝业 …). */
  words: readonly string[];
  /** Where the class is found, when it differs from its sector's spread. */
  counties?: CountyWeights;
  /** The state-era factory word for former names (糖厂, 水泥厂 …). */
  factory?: string;
  /** Share of enterprises of the class that are large, overriding the sector's. */
  bigShare?: number;
  /** Share of 规上 enterprises of the class that later leave the statistics. */
  exitShare?: number;
  /** A chain some enterprises of the class are tagged to by hand, and how many. */
  manual?: { chain: string; share: number };
}

interface Sector {
  key: string;
  /** Share of all enterprises, in per cent. */
  share: number;
  /** Share of large enterprises (registered capital 1亿元 and more). */
  bigShare: number;
  /** Range of a large enterprise's registered capital (万元). */
  bigCapitalMin: number;
  bigCapitalMax: number;
  /** Share of enterprises in a park. */
  parkShare: number;
  /** How technology-minded the trade is (0..1): drives the 高新 / 专精特新 / 科技型 tags. */
  tech: number;
  counties: CountyWeights;
  /** Preferences among the 兴宾区 parks, when not the default. */
  xingbinParks?: Record<string, number>;
  classes: readonly ClassProfile[];
}

/**
 * The trades of the demo enterprises. Shares follow the city's profile: many small food,
 * wood and building-material firms; the large firms in sugar, metallurgy (aluminium,
 * ferroalloy) and power. About 15% of the enterprises (the `other` sector) fall outside every
 * chain of the system.
 */
const SECTORS: readonly Sector[] = [
  {
    // Cane is grown everywhere but most in 象州 and 武宣 and around 兴宾区's 凤凰 and 迁江.
    key: 'sugar',
    share: 4,
    bigShare: 0.3,
    bigCapitalMin: 20_000,
    bigCapitalMax: 150_000,
    parkShare: 0.45,
    tech: 0.2,
    counties: {
      '451302': 32,
      '451321': 10,
      '451322': 24,
      '451323': 24,
      '451324': 2,
      '451381': 8,
    },
    xingbinParks: { '451300-P05': 4, '451300-P04': 3, '451300-P02': 1 },
    classes: [
      { code: '1340', weight: 6, words: ['糖业', '糖业', '制糖'], factory: '糖厂', bigShare: 0.5 },
      { code: '1511', weight: 1, words: ['酒精', '生物科技'], factory: '酒精厂', bigShare: 0.1 },
      { code: '2212', weight: 1, words: ['浆业', '纸业'], factory: '纸厂', bigShare: 0.15 },
      { code: '2221', weight: 1.5, words: ['纸业', '纸业'], factory: '造纸厂', bigShare: 0.15 },
    ],
  },
  {
    // 合山 grew on coal and coal-fired power; hydro stations sit on the 红水河 and 柳江 in
    // 兴宾区 and 忻城; small hydro in 金秀's mountains; wind and solar across the hills.
    key: 'energy',
    share: 5,
    bigShare: 0.3,
    bigCapitalMin: 20_000,
    bigCapitalMax: 200_000,
    parkShare: 0.25,
    tech: 0.2,
    counties: {
      '451302': 30,
      '451321': 14,
      '451322': 10,
      '451323': 10,
      '451324': 8,
      '451381': 28,
    },
    classes: [
      {
        code: '0610',
        weight: 2,
        words: ['煤业', '矿业'],
        counties: zeroCounties({ '451381': 85, '451302': 10, '451321': 5 }),
        factory: '煤矿',
        bigShare: 0.1,
        exitShare: 0.6,
      },
      {
        code: '4411',
        weight: 1,
        words: ['电力', '发电'],
        counties: zeroCounties({ '451381': 60, '451302': 40 }),
        factory: '发电厂',
        bigShare: 0.8,
      },
      { code: '4412', weight: 1, words: ['热电', '能源'] },
      {
        code: '4413',
        weight: 3,
        words: ['水电', '水电开发', '电力'],
        factory: '水电站',
        counties: zeroCounties({ '451302': 35, '451321': 30, '451324': 25, '451322': 10 }),
      },
      { code: '4415', weight: 2, words: ['风电', '新能源'] },
      { code: '4416', weight: 3, words: ['光伏发电', '新能源', '光伏科技'], bigShare: 0.15 },
      {
        code: '4417',
        weight: 1.5,
        words: ['生物质能源', '生物质发电'],
        manual: { chain: 'sugar', share: 0.5 },
      },
      { code: '4420', weight: 1.5, words: ['供电', '电力'] },
      { code: '4430', weight: 0.5, words: ['热力', '能源'] },
      { code: '4511', weight: 1, words: ['燃气', '天然气'], bigShare: 0.05 },
    ],
  },
  {
    // Aluminium and zinc in 兴宾区's 河南 and 迁江 parks; ferroalloy (manganese) in 兴宾, 合山
    // and 武宣.
    key: 'metallurgy',
    share: 8,
    bigShare: 0.25,
    bigCapitalMin: 20_000,
    bigCapitalMax: 200_000,
    parkShare: 0.85,
    tech: 0.35,
    counties: {
      '451302': 55,
      '451321': 5,
      '451322': 5,
      '451323': 12,
      '451324': 0,
      '451381': 23,
    },
    xingbinParks: { '451300-P02': 4, '451300-P04': 4, '451300-P01': 1, '451300-P03': 1 },
    classes: [
      {
        code: '3216',
        weight: 1.5,
        words: ['铝业'],
        counties: zeroCounties({ '451302': 80, '451381': 20 }),
        factory: '铝厂',
        bigShare: 0.7,
      },
      { code: '3252', weight: 3, words: ['铝业', '铝材', '铝型材', '铝业科技'], bigShare: 0.2 },
      { code: '3140', weight: 2.5, words: ['铁合金', '锰业', '冶金'], factory: '铁合金厂' },
      { code: '0820', weight: 1, words: ['锰业', '矿业'], exitShare: 0.3 },
      { code: '3130', weight: 1.5, words: ['钢铁', '钢材', '特钢'] },
      { code: '3120', weight: 0.5, words: ['钢铁'], bigShare: 0.5 },
      { code: '3212', weight: 0.5, words: ['冶炼', '有色金属'], factory: '冶炼厂' },
      { code: '3218', weight: 0.5, words: ['硅业'] },
      { code: '3240', weight: 1, words: ['合金', '金属新材料'] },
      { code: '3259', weight: 0.5, words: ['金属材料', '新材料'] },
    ],
  },
  {
    // The karst limestone of 兴宾区 and 武宣 feeds ground and nano calcium carbonate; smaller
    // works in 象州, 忻城 and 合山.
    key: 'calcium-carbonate',
    share: 6,
    bigShare: 0.02,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.75,
    tech: 0.55,
    counties: {
      '451302': 35,
      '451321': 12,
      '451322': 15,
      '451323': 28,
      '451324': 0,
      '451381': 10,
    },
    classes: [
      { code: '3099', weight: 5, words: ['钙业', '钙业科技', '粉体', '新材料'] },
      { code: '2613', weight: 2, words: ['钙业', '纳米材料', '钙业科技'] },
      { code: '1011', weight: 2, words: ['矿业', '石业'], factory: '石场' },
    ],
  },
  {
    // Plywood and boards everywhere the eucalyptus grows; furniture near the city.
    key: 'wood-furniture',
    share: 10,
    bigShare: 0.01,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.6,
    tech: 0.2,
    counties: {
      '451302': 35,
      '451321': 10,
      '451322': 15,
      '451323': 15,
      '451324': 12,
      '451381': 13,
    },
    xingbinParks: { '451300-P05': 3, '451300-P04': 3, '451300-P02': 2, '451300-P03': 2 },
    classes: [
      { code: '2011', weight: 2, words: ['木业', '林产'], factory: '木材加工厂' },
      { code: '2013', weight: 2, words: ['木业', '单板'] },
      { code: '2021', weight: 3, words: ['木业', '板业', '胶合板'], factory: '胶合板厂' },
      { code: '2022', weight: 1, words: ['人造板', '板业'] },
      { code: '2029', weight: 1.5, words: ['板业', '木业'] },
      { code: '2032', weight: 1, words: ['门业', '木门'] },
      { code: '2034', weight: 1, words: ['地板', '木业'] },
      { code: '2041', weight: 1, words: ['竹业', '竹制品'] },
      { code: '2110', weight: 4, words: ['家具', '家居', '家具制造'], factory: '家具厂' },
      { code: '2120', weight: 0.5, words: ['竹藤家具'] },
    ],
  },
  {
    // Yao medicine in 金秀; the rest in the city's high-tech zone.
    key: 'medicine',
    share: 4,
    bigShare: 0.03,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.65,
    tech: 0.8,
    counties: {
      '451302': 42,
      '451321': 5,
      '451322': 10,
      '451323': 8,
      '451324': 30,
      '451381': 5,
    },
    xingbinParks: { '451300-P01': 6, '451300-P03': 2 },
    classes: [
      { code: '2740', weight: 3, words: ['制药', '药业', '瑶药'], factory: '制药厂' },
      { code: '2730', weight: 3, words: ['药业', '中药饮片', '中药材'] },
      { code: '2720', weight: 1, words: ['制药'] },
      { code: '2761', weight: 1, words: ['生物制药', '生物科技'] },
      { code: '2770', weight: 1, words: ['医疗用品', '卫生材料'] },
      { code: '2780', weight: 0.5, words: ['药用辅料'] },
    ],
  },
  {
    // Rice and rice noodles, feed, cassava starch, meat, fruit across the counties; tea in 金秀.
    key: 'agri-food',
    share: 15,
    bigShare: 0.01,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.45,
    tech: 0.2,
    counties: DEFAULT_COUNTIES,
    classes: [
      { code: '1311', weight: 3, words: ['米业', '粮油'], factory: '粮食加工厂' },
      { code: '1329', weight: 2, words: ['饲料', '饲料科技'], factory: '饲料厂' },
      { code: '1331', weight: 1, words: ['粮油', '油脂'] },
      { code: '1351', weight: 2, words: ['肉联', '食品'], factory: '肉联厂' },
      { code: '1352', weight: 1, words: ['禽业', '食品'] },
      { code: '1353', weight: 1, words: ['食品'] },
      { code: '1371', weight: 1, words: ['食品', '农产品'] },
      { code: '1373', weight: 2, words: ['果业', '农产品'] },
      { code: '1391', weight: 2, words: ['淀粉', '木薯淀粉'], factory: '淀粉厂' },
      { code: '1399', weight: 1, words: ['农产品', '农业科技'] },
      { code: '1431', weight: 3, words: ['米粉', '食品'] },
      {
        code: '1530',
        weight: 1.5,
        words: ['茶业'],
        counties: zeroCounties({ '451324': 60, '451302': 15, '451321': 15, '451322': 10 }),
        factory: '茶厂',
      },
      { code: '1422', weight: 0.5, words: ['食品'] },
      { code: '1495', weight: 0.5, words: ['生物科技'] },
    ],
  },
  {
    // Electronics clusters in the high-tech zone.
    key: 'electronics',
    share: 6,
    bigShare: 0.02,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.9,
    tech: 0.9,
    counties: zeroCounties({ '451302': 80, '451322': 6, '451323': 6, '451381': 8 }),
    xingbinParks: { '451300-P01': 8, '451300-P03': 2, '451300-P02': 1 },
    classes: [
      { code: '3982', weight: 3, words: ['电子', '电路科技'] },
      { code: '3981', weight: 1, words: ['电子'] },
      { code: '3989', weight: 1, words: ['电子', '电子科技'] },
      { code: '3976', weight: 1, words: ['光电'] },
      { code: '3975', weight: 1, words: ['光电科技', '照明科技'] },
      { code: '3912', weight: 1, words: ['电子科技'] },
      { code: '3922', weight: 1, words: ['通信', '通讯科技'] },
      { code: '3985', weight: 1, words: ['电子材料'] },
      { code: '3984', weight: 1, words: ['电声'] },
      { code: '3962', weight: 0.5, words: ['智能科技'] },
    ],
  },
  {
    key: 'eco-env',
    share: 5,
    bigShare: 0.02,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.65,
    tech: 0.7,
    counties: {
      '451302': 55,
      '451321': 5,
      '451322': 10,
      '451323': 10,
      '451324': 5,
      '451381': 15,
    },
    classes: [
      { code: '3591', weight: 3, words: ['环保科技', '环保设备'] },
      { code: '2666', weight: 1, words: ['环保材料', '水处理'] },
      {
        code: '4210',
        weight: 2,
        words: ['再生资源'],
        manual: { chain: 'aluminium', share: 0.3 },
      },
      { code: '4220', weight: 2, words: ['再生资源', '资源循环'] },
      { code: '4620', weight: 2, words: ['水务', '污水处理'] },
      { code: '4021', weight: 0.5, words: ['环境科技'] },
    ],
  },
  {
    // Silk reeling where the mulberry grows (忻城, 象州); garments near the city.
    key: 'textile',
    share: 6,
    bigShare: 0.01,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.6,
    tech: 0.25,
    counties: {
      '451302': 35,
      '451321': 22,
      '451322': 22,
      '451323': 14,
      '451324': 2,
      '451381': 5,
    },
    classes: [
      { code: '1741', weight: 4, words: ['茧丝', '丝绸'], factory: '缫丝厂' },
      { code: '1742', weight: 1, words: ['丝绸'] },
      { code: '1711', weight: 1, words: ['纺织'], factory: '纺织厂' },
      { code: '1761', weight: 0.5, words: ['针织'] },
      { code: '1819', weight: 2, words: ['服饰', '制衣'] },
      { code: '1829', weight: 1, words: ['服饰'] },
      { code: '1781', weight: 1, words: ['无纺布'] },
      { code: '1830', weight: 0.5, words: ['服饰'] },
      { code: '2822', weight: 0.3, words: ['化纤'] },
    ],
  },
  {
    key: 'chemicals',
    share: 7,
    bigShare: 0.02,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.8,
    tech: 0.55,
    counties: {
      '451302': 48,
      '451321': 5,
      '451322': 15,
      '451323': 15,
      '451324': 2,
      '451381': 15,
    },
    xingbinParks: { '451300-P04': 4, '451300-P02': 3, '451300-P03': 2, '451300-P01': 1 },
    classes: [
      { code: '2614', weight: 1, words: ['化工'] },
      { code: '2619', weight: 0.5, words: ['化工'] },
      { code: '2663', weight: 2, words: ['林产化工', '林化'], factory: '松香厂' },
      { code: '2641', weight: 1, words: ['涂料'] },
      { code: '2651', weight: 1, words: ['新材料', '树脂'] },
      { code: '2624', weight: 1.5, words: ['肥业', '复合肥'], factory: '化肥厂' },
      {
        code: '2625',
        weight: 2,
        words: ['生物肥', '有机肥', '生态农业科技'],
        manual: { chain: 'sugar', share: 0.35 },
      },
      { code: '2662', weight: 0.5, words: ['化工'] },
      { code: '2921', weight: 1, words: ['塑业'] },
      { code: '2922', weight: 1.5, words: ['管业', '塑业'] },
      {
        code: '2923',
        weight: 2,
        words: ['塑编', '包装'],
        manual: { chain: 'sugar', share: 0.35 },
      },
      { code: '2912', weight: 0.5, words: ['橡胶'] },
    ],
  },
  {
    key: 'machinery',
    share: 8,
    bigShare: 0.02,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.75,
    tech: 0.65,
    counties: {
      '451302': 62,
      '451321': 4,
      '451322': 10,
      '451323': 10,
      '451324': 2,
      '451381': 12,
    },
    xingbinParks: { '451300-P01': 4, '451300-P02': 3, '451300-P03': 2, '451300-P04': 1 },
    classes: [
      { code: '3484', weight: 3, words: ['机械', '精密机械'], factory: '机械厂' },
      { code: '3511', weight: 1, words: ['矿山机械'] },
      {
        code: '3516',
        weight: 1,
        words: ['装备', '冶金设备'],
        manual: { chain: 'metallurgy', share: 0.5 },
      },
      {
        code: '3532',
        weight: 1.5,
        words: ['机械', '机械设备'],
        manual: { chain: 'sugar', share: 0.6 },
      },
      { code: '3572', weight: 1.5, words: ['农机', '农业机械'], factory: '农机厂' },
      { code: '3670', weight: 2, words: ['汽配', '汽车零部件'] },
      { code: '3823', weight: 1, words: ['电气', '电力设备'] },
      { code: '3831', weight: 1, words: ['线缆', '电缆'] },
      { code: '3411', weight: 0.5, words: ['锅炉'] },
      { code: '3525', weight: 0.5, words: ['模具'] },
      { code: '3812', weight: 0.5, words: ['电机'] },
      { code: '3599', weight: 0.5, words: ['装备'] },
    ],
  },
  {
    // Outside the system: building materials, quarries, metal structures, packaging and
    // printing, liquor and water, waterworks.
    key: 'other',
    share: 16,
    bigShare: 0.01,
    bigCapitalMin: 10_000,
    bigCapitalMax: 20_000,
    parkShare: 0.4,
    tech: 0.1,
    counties: DEFAULT_COUNTIES,
    classes: [
      { code: '3011', weight: 1, words: ['水泥'], factory: '水泥厂', bigShare: 0.3 },
      { code: '3021', weight: 2, words: ['建材'] },
      { code: '3022', weight: 1.5, words: ['建材', '构件'] },
      { code: '3031', weight: 1.5, words: ['建材', '新型建材'], factory: '砖厂' },
      { code: '3032', weight: 1.5, words: ['石材'] },
      { code: '1019', weight: 1.5, words: ['砂石', '矿业'], exitShare: 0.2 },
      { code: '3311', weight: 2, words: ['钢结构'] },
      {
        code: '3312',
        weight: 1,
        words: ['门窗'],
        manual: { chain: 'aluminium', share: 0.4 },
      },
      {
        code: '3392',
        weight: 0.5,
        words: ['铸造'],
        manual: { chain: 'aluminium', share: 0.5 },
      },
      { code: '3399', weight: 1, words: ['金属制品'] },
      { code: '2319', weight: 1, words: ['印务', '彩印'] },
      { code: '2231', weight: 1, words: ['包装', '纸品'] },
      {
        code: '1522',
        weight: 1,
        words: ['矿泉水', '饮品'],
        counties: zeroCounties({ '451324': 45, '451302': 25, '451322': 15, '451321': 15 }),
      },
      { code: '1512', weight: 1, words: ['酒业'], factory: '酒厂' },
      { code: '4610', weight: 1, words: ['供水', '水务'], factory: '自来水厂' },
      { code: '2435', weight: 0.5, words: ['工艺品'] },
    ],
  },
];

function zeroCounties(weights: Partial<CountyWeights>): CountyWeights {
  return {
    '451302': 0,
    '451321': 0,
    '451322': 0,
    '451323': 0,
    '451324': 0,
    '451381': 0,
    ...weights,
  };
}

// Shop names (字号): invented, auspicious or local words.
// prettier-ignore
const TRADE_NAMES = [
  '桂中', '鑫源', '宏达', '永盛', '恒丰', '瑞丰', '金桂', '盛和', '汇鑫', '联创', '博远', '祥和',
  '嘉禾', '天成', '润达', '福康', '正和', '远航', '新元', '中桂', '华茂', '绿源', '立信', '佳禾',
  '顺昌', '兴达', '丰源', '泰和', '金穗', '聚福', '安泰', '益民', '康源', '红岭', '宾兴', '宏桂',
  '宝升', '隆盛', '创新', '凯达', '万利', '金鼎', '恒通', '鸿运', '兴旺', '荣昌', '德润', '鼎新',
  '华宾', '宾江', '桂源', '大瑶山', '圣堂', '红水河', '三江源', '桂华', '振华', '宏源', '新宇', '锦程',
  '宏盛', '骏达', '明辉', '晟丰', '欣荣', '广源', '盛泰', '东成', '卓越', '金象', '象江', '武仙',
  '忻宾', '合顺', '岭南红', '青山', '碧水', '丰泽', '润丰', '百盛', '禾丰', '宜居', '森茂', '林海',
] as const;

/** Surnames with their rough frequency in central Guangxi (Zhuang surnames lead). */
// prettier-ignore
const SURNAMES: readonly (readonly [string, number])[] = [
  ['韦', 9], ['黄', 9], ['覃', 7], ['蓝', 4], ['莫', 4], ['陆', 4], ['梁', 5], ['李', 6],
  ['陈', 5], ['刘', 4], ['张', 4], ['王', 4], ['杨', 3], ['罗', 3], ['廖', 3], ['蒙', 2],
  ['潘', 2], ['周', 2], ['吴', 2], ['何', 2], ['邓', 2], ['谢', 2], ['卢', 2], ['赵', 2],
  ['林', 2], ['唐', 2], ['农', 1], ['盘', 1], ['庞', 1], ['钟', 1],
];
// prettier-ignore
const GIVEN_NAME_CHARS = [
  '建', '国', '志', '强', '海', '明', '华', '军', '平', '伟', '丽', '芳', '红', '英', '文', '杰',
  '勇', '斌', '宁', '敏', '静', '燕', '春', '秀', '兰', '桂', '德', '成', '永', '忠', '荣', '琳',
  '俊', '辉', '光', '林', '艳', '霞', '玲', '涛', '鹏', '飞', '健', '刚', '东', '兵', '晓', '婷',
  '丹', '云', '宇', '浩', '然', '雪', '梅', '超', '新', '福', '广', '生', '金', '源', '昌', '满',
] as const;

// prettier-ignore
const ROADS = [
  '工业大道', '创业大道', '兴业路', '园区一路', '园区二路', '园区三路', '科技路', '发展大道',
  '振兴路', '富民路', '桂中大道', '滨江路', '环城路', '民族大道', '红水河大道', '新华路',
  '迎宾路', '站前路', '产业大道', '创新路', '建设路', '和平路', '糖厂路', '二级路',
] as const;

// prettier-ignore
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155',
  '156', '158', '159', '177', '180', '181', '183', '186', '187', '188', '189', '199',
] as const;

// ---------------------------------------------------------------------------------------------
// The enterprise the demo 'enterprise' login is bound to
// ---------------------------------------------------------------------------------------------

const USER_ENTERPRISE_SERIAL = 20_190_518;

/** USCC of the demo enterprise the 'enterprise' login reports for (present for every seed). */
export const DEMO_ENTERPRISE_USER_USCC = makeUscc({
  divisionCode: '451302',
  serial: USER_ENTERPRISE_SERIAL,
});

/**
 * A mid-size 兴宾区 maker of sugar-mill machinery in the high-tech zone, 规上 since 2014,
 * tagged by hand to the sugar chain: one enterprise that shows most of the registry.
 */
const USER_ENTERPRISE: DemoEnterprise = {
  uscc: DEMO_ENTERPRISE_USER_USCC,
  name: '来宾市宏桂机械制造有限公司',
  formerNames: ['来宾市宏桂机械有限公司'],
  legalRepresentative: '韦志明',
  address: '来宾市高新技术产业开发区创新路16号',
  countyCode: '451302',
  townshipCode: '451302002',
  parkCode: '451300-P01',
  industryCode: '3532',
  registeredCapital: '3000.00',
  foundedOn: '2009-05-18',
  status: 'operating',
  contactPerson: '黄丽芳',
  contactPhone: '0772-4261538',
  tags: ['high_tech', 'specialised'],
  scaleCategory: 'industry',
  scaleEvents: [
    {
      category: 'industry',
      kind: 'entered',
      occurredOn: '2014-01-01',
      reason: '年主营业务收入达到2000万元，经统计部门审核纳入规模以上工业统计',
    },
  ],
  manualChainCodes: ['sugar'],
};

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  logUniform(min: number, max: number): number;
}

/** mulberry32: a small, fast PRNG; good enough for demo data and fully deterministic. */
export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let r = next() * total;
      for (const item of items) {
        r -= weight(item);
        if (r < 0) return item;
      }
      return rng.pick(items.filter((item) => weight(item) > 0));
    },
    logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
  };
  return rng;
}

type Size = 'big' | 'medium' | 'small';

const LAST_ENTRY_YEAR = 2021;
const LAST_EXIT_YEAR = 2024;
const LAST_FOUNDING_YEAR = 2023;
/** 规上 shares by size: almost every large firm, most medium ones, a quarter of the small. */
const SCALE_SHARE: Record<Size, number> = { big: 0.95, medium: 0.7, small: 0.27 };
const DEFAULT_EXIT_SHARE = 0.09;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const dateIn = (rng: Rng, year: number): string =>
  `${year}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;

function personName(rng: Rng): string {
  const surname = rng.weighted(SURNAMES, ([, w]) => w)[0];
  const given = rng.chance(0.7)
    ? rng.pick(GIVEN_NAME_CHARS) + rng.pick(GIVEN_NAME_CHARS)
    : rng.pick(GIVEN_NAME_CHARS);
  return surname + given;
}

function phoneNumber(rng: Rng): string {
  if (rng.chance(0.35)) return `0772-4${String(rng.int(0, 999_999)).padStart(6, '0')}`;
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

/** Registered capital (万元) rounded as registrations usually are, now and then to the cent. */
function capitalOf(rng: Rng, size: Size, sector: Sector): number {
  const raw =
    size === 'big'
      ? rng.logUniform(sector.bigCapitalMin, sector.bigCapitalMax)
      : size === 'medium'
        ? rng.logUniform(1_000, 10_000)
        : rng.logUniform(10, 1_000);
  if (rng.chance(0.05)) return Math.round(raw * 100) / 100;
  const step = raw < 100 ? 5 : raw < 1_000 ? 50 : raw < 10_000 ? 100 : 1_000;
  return Math.max(step, Math.round(raw / step) * step);
}

function formOf(rng: Rng, size: Size): string {
  switch (size) {
    case 'big':
      return rng.weighted(
        [
          ['有限公司', 4],
          ['有限责任公司', 2],
          ['股份有限公司', 2],
          ['集团有限公司', 2],
        ] as const,
        ([, w]) => w,
      )[0];
    case 'medium':
      return rng.weighted(
        [
          ['有限公司', 6],
          ['有限责任公司', 3],
          ['股份有限公司', 1],
        ] as const,
        ([, w]) => w,
      )[0];
    case 'small':
      return rng.chance(0.7) ? '有限公司' : '有限责任公司';
  }
}

interface NameParts {
  prefix: string;
  tradeName: string;
  word: string;
  form: string;
}

const nameOf = (p: NameParts, branchStyle: boolean): string =>
  branchStyle
    ? `${p.tradeName}（来宾）${p.word}${p.form}`
    : `${p.prefix}${p.tradeName}${p.word}${p.form}`;

const shortTownship = (name: string): string => name.replace(/(街道|镇|乡|投资区)$/u, '');

/**
 * Generates the demo enterprise registry: deterministic for a seed. The first enterprise is
 * always the one the demo 'enterprise' login is bound to (DEMO_ENTERPRISE_USER_USCC).
 */
export function generateDemoEnterprises(
  options: GenerateDemoEnterprisesOptions = {},
): DemoEnterprise[] {
  const seed = options.seed ?? DEMO_ENTERPRISE_SEED;
  const count = options.count ?? DEMO_ENTERPRISE_COUNT;
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  const rng = makeRng(seed);
  const usedUscc = new Set<string>([USER_ENTERPRISE.uscc]);
  const usedNames = new Set<string>([USER_ENTERPRISE.name, ...USER_ENTERPRISE.formerNames]);
  const result: DemoEnterprise[] = count > 0 ? [structuredClone(USER_ENTERPRISE)] : [];
  const sectorOf = new Map<DemoEnterprise, Sector>();

  while (result.length < count) {
    const sector = rng.weighted(SECTORS, (s) => s.share);
    const cls = rng.weighted(sector.classes, (c) => c.weight);
    const county =
      COUNTIES[
        rng.weighted(
          Object.entries(cls.counties ?? sector.counties) as [CountyCode, number][],
          ([, w]) => w,
        )[0]
      ];
    const bigShare = cls.bigShare ?? sector.bigShare;
    const size: Size = rng.chance(bigShare) ? 'big' : rng.chance(0.25) ? 'medium' : 'small';

    // Identity: a USCC registered in the county, with a serial not used before.
    let uscc: string;
    do {
      uscc = makeUscc({ divisionCode: county.code, serial: rng.int(1_000_000, 800_000_000_000) });
    } while (usedUscc.has(uscc));
    usedUscc.add(uscc);

    // Name: [prefix][字号][trade word][form]; large firms more often carry 广西.
    const word = rng.pick(cls.words);
    const form = formOf(rng, size);
    let name: string;
    let parts: NameParts;
    let attempts = 0;
    do {
      const prefix =
        size === 'big' && rng.chance(0.45)
          ? rng.pick(['广西', '广西来宾'])
          : rng.chance(0.08)
            ? '广西'
            : rng.pick(county.namePrefixes);
      parts = { prefix, tradeName: rng.pick(TRADE_NAMES), word, form };
      name = nameOf(parts, size !== 'small' && rng.chance(0.06));
      attempts += 1;
      if (attempts > 20) {
        parts = { ...parts, tradeName: parts.tradeName + rng.pick(TRADE_NAMES) };
        name = nameOf(parts, false);
      }
    } while (usedNames.has(name));
    usedNames.add(name);

    // Where: a park for most, a township of the county for nearly all.
    let parkCode: string | null = null;
    if (rng.chance(sector.parkShare)) {
      if (county.code === '451302') {
        const prefs = sector.xingbinParks ?? XINGBIN_PARKS;
        parkCode = rng.weighted(Object.entries(prefs), ([, w]) => w)[0];
      } else {
        parkCode = Object.values(PARKS).find((p) => p.county === county.code)?.code ?? null;
      }
    }
    const park = parkCode === null ? undefined : PARKS[parkCode];
    const townships = TOWNSHIPS[county.code];
    const township =
      park?.township !== undefined
        ? townships.find(([code]) => code === park.township)
        : rng.chance(0.05)
          ? undefined
          : rng.pick(townships);
    const road = rng.pick(ROADS);
    const address =
      park !== undefined
        ? `${park.address}${road}${rng.int(1, 188)}号`
        : `来宾市${county.name}${township?.[1] ?? ''}${road}${rng.int(1, 288)}号`;

    // History: founding, then 规上 entries and exits.
    const foundedYear =
      size === 'big'
        ? rng.int(1992, 2016)
        : size === 'medium'
          ? rng.int(1995, 2020)
          : rng.int(1998, LAST_FOUNDING_YEAR);
    const foundedOn = dateIn(rng, foundedYear);
    const scaleEvents: DemoScaleEvent[] = [];
    let status: DemoEnterpriseStatus = 'operating';
    if (foundedYear < LAST_ENTRY_YEAR && rng.chance(SCALE_SHARE[size])) {
      // Firms already above the line when the records begin enter in 2010; younger ones reach
      // the threshold a few years after they start, large ones sooner.
      const enteredYear =
        foundedYear < 2009
          ? rng.chance(size === 'big' ? 0.85 : 0.5)
            ? 2010
            : rng.int(2010, LAST_ENTRY_YEAR)
          : Math.min(LAST_ENTRY_YEAR, foundedYear + 1 + rng.int(0, size === 'big' ? 2 : 5));
      scaleEvents.push({
        category: 'industry',
        kind: 'entered',
        occurredOn: dateIn(rng, enteredYear),
        reason:
          enteredYear === 2010 && foundedYear < 2009
            ? '纳入规模以上工业统计'
            : rng.pick([
                '年主营业务收入达到2000万元，经统计部门审核入库',
                '新建投产达规入统',
                '培育上规入统',
              ]),
      });
      if (enteredYear < LAST_EXIT_YEAR && rng.chance(cls.exitShare ?? DEFAULT_EXIT_SHARE)) {
        const exitYear = rng.int(enteredYear + 1, Math.min(enteredYear + 6, LAST_EXIT_YEAR));
        const why = rng.weighted(
          [
            ['revenue', 5],
            ['stopped', 3],
            ['closed', 2],
          ] as const,
          ([, w]) => w,
        )[0];
        scaleEvents.push({
          category: 'industry',
          kind: 'exited',
          occurredOn: dateIn(rng, exitYear),
          reason:
            why === 'revenue'
              ? '年主营业务收入低于2000万元，退出规模以上工业统计'
              : why === 'stopped'
                ? '停产，退出规模以上工业统计'
                : '注销，退出规模以上工业统计',
        });
        status = why === 'revenue' ? 'operating' : why;
        if (why === 'revenue' && exitYear < LAST_ENTRY_YEAR && rng.chance(0.35)) {
          scaleEvents.push({
            category: 'industry',
            kind: 'entered',
            occurredOn: dateIn(rng, rng.int(exitYear + 1, LAST_ENTRY_YEAR)),
            reason: '主营业务收入恢复至2000万元以上，重新入库',
          });
        }
      }
    } else if (rng.chance(0.05)) {
      status = rng.chance(0.4) ? 'closed' : 'stopped';
    }
    const last = scaleEvents[scaleEvents.length - 1];
    const scaleCategory = last?.kind === 'entered' ? 'industry' : null;

    // Former names: a state-era factory renamed, or a change of 字号.
    const formerNames: string[] = [];
    if (rng.chance(0.08)) {
      const former =
        cls.factory !== undefined && foundedYear < 2008 && rng.chance(0.6)
          ? `${county.oldPrefix}${township === undefined ? '' : shortTownship(township[1])}${cls.factory}`
          : nameOf({ ...parts, tradeName: rng.pick(TRADE_NAMES) }, false);
      if (!usedNames.has(former)) {
        usedNames.add(former);
        formerNames.push(former);
      }
    }

    const manualChainCodes =
      cls.manual !== undefined && rng.chance(cls.manual.share) ? [cls.manual.chain] : [];

    const enterprise: DemoEnterprise = {
      uscc,
      name,
      formerNames,
      legalRepresentative: personName(rng),
      address,
      countyCode: county.code,
      townshipCode: township?.[0] ?? null,
      parkCode,
      industryCode: cls.code,
      registeredCapital: capitalOf(rng, size, sector).toFixed(2),
      foundedOn,
      status,
      contactPerson: personName(rng),
      contactPhone: phoneNumber(rng),
      tags: [],
      scaleCategory,
      scaleEvents,
      manualChainCodes,
    };
    enterprise.tags = tagsOf(rng, enterprise, sector, size);
    sectorOf.set(enterprise, sector);
    result.push(enterprise);
  }

  markLeaders(result, sectorOf);
  return result;
}

/** The recognitions an enterprise holds, by its trade, size, age and standing. */
function tagsOf(rng: Rng, e: DemoEnterprise, sector: Sector, size: Size): TagCode[] {
  if (e.status === 'closed') return [];
  const tags: TagCode[] = [];
  const foundedYear = Number(e.foundedOn.slice(0, 4));
  const isScale = e.scaleCategory !== null;
  const sizeFactor: Record<Size, number> = { big: 0.3, medium: 0.35, small: 0.08 };
  if (foundedYear <= 2021 && rng.chance(sector.tech * sizeFactor[size])) tags.push('high_tech');
  if (size !== 'big' && (isScale || size === 'medium')) {
    if (rng.chance(sector.tech * (size === 'medium' ? 0.25 : 0.06))) {
      tags.push('specialised');
      if (size === 'medium' && isScale && rng.chance(0.35)) tags.push('little_giant');
    }
  }
  if (foundedYear >= 2013 && isScale && e.status === 'operating') {
    if (rng.chance(0.1 + sector.tech * 0.2)) tags.push('gazelle');
  }
  if (size !== 'big' && rng.chance(sector.tech * 0.2)) tags.push('sci_tech_sme');
  return tags;
}

/**
 * 龙头企业 of the chains: in each chain's sector, the largest operating 规上 enterprises by
 * registered capital (about one in thirty of the sector, at least one, 5000万元 and more), never
 * the login's enterprise.
 */
function markLeaders(all: DemoEnterprise[], sectorOf: Map<DemoEnterprise, Sector>): void {
  for (const sector of SECTORS) {
    if (sector.key === 'other') continue;
    const members = all.filter((e) => sectorOf.get(e) === sector);
    const candidates = members
      .filter((e) => e.status === 'operating' && e.scaleCategory !== null)
      .filter((e) => Number(e.registeredCapital) >= 5_000)
      .sort((a, b) => Number(b.registeredCapital) - Number(a.registeredCapital));
    const n = Math.max(1, Math.round(members.length / 30));
    for (const e of candidates.slice(0, n)) {
      const order = DEFAULT_ENTERPRISE_TAGS.map((t) => t.code);
      e.tags = ['leading', ...e.tags.filter((t) => t !== 'leading')].sort(
        (a, b) => order.indexOf(a) - order.indexOf(b),
      );
    }
  }
}
