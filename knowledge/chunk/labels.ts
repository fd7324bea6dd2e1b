/** Headings written into chunk text; they are official Vietnamese section names, so they also match questions. */
export const SECTION_HEADINGS = {
  overview: 'Thông tin chung',
  documents: 'Thành phần hồ sơ',
  methods: 'Cách thức thực hiện (thời hạn giải quyết, phí, lệ phí)',
  steps: 'Trình tự thực hiện',
  conditions: 'Yêu cầu, điều kiện thực hiện',
  legal: 'Căn cứ pháp lý',
  results: 'Kết quả thực hiện',
} as const;

export const FIELD_LABELS = {
  procedure: 'Thủ tục',
  code: 'Mã thủ tục',
  field: 'Lĩnh vực',
  agency: 'Cơ quan thực hiện',
  authority: 'Cơ quan có thẩm quyền',
  levels: 'Cấp thực hiện',
  applicants: 'Đối tượng thực hiện',
  address: 'Nơi tiếp nhận',
  form: 'mẫu',
  fee: 'phí, lệ phí',
  duration: 'thời hạn',
  note: 'mô tả',
} as const;

export const METHOD_LABELS = {
  in_person: 'Nộp trực tiếp',
  online: 'Nộp trực tuyến',
  post: 'Nộp qua dịch vụ bưu chính',
} as const;
