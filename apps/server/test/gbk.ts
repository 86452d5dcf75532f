/**
 * GBK bytes of the characters the test files use (what Excel on a Chinese Windows writes for
 * "CSV"). Node can decode GBK but not encode it, hence the table; a test checks each entry
 * against Node’s decoder (spreadsheet.test.ts).
 */
// prettier-ignore
export const GBK: Record<string, string> = {
  统: 'cdb3', 一: 'd2bb', 社: 'c9e7', 会: 'bbe1', 信: 'd0c5', 用: 'd3c3', 代: 'b4fa', 码: 'c2eb',
  企: 'c6f3', 业: 'd2b5', 名: 'c3fb', 称: 'b3c6', 注: 'd7a2', 册: 'b2e1', 资: 'd7ca', 本: 'b1be',
  '（': 'a3a8', 元: 'd4aa', '）': 'a3a9', 成: 'b3c9', 立: 'c1a2', 日: 'c8d5', 期: 'c6da',
  来: 'c0b4', 宾: 'b1f6', 糖: 'ccc7', 有: 'd3d0', 限: 'cfde', 公: 'b9ab', 司: 'cbbe', 兴: 'd0cb',
  机: 'bbfa', 械: 'd0b5', 厂: 'b3a7', 年: 'c4ea', 月: 'd4c2', 万: 'cdf2', '５': 'a3b5', '０': 'a3b0',
  县: 'cfd8', 区: 'c7f8', 行: 'd0d0',
};

export function gbk(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const hex = GBK[char];
      if (hex === undefined) throw new Error(`no GBK bytes for ${char} in the test table`);
      bytes.push(...Buffer.from(hex, 'hex'));
    }
  }
  return Buffer.from(bytes);
}
