/**
 * One closed set of error codes, each mapped to an HTTP status and a message in Indonesian and English.
 * Every error leaves the server in the same shape: { error: { code, message: { id, en }, details? } }.
 */

import { bookingErrors } from '../modules/booking/booking.errors.ts';
import { complaintErrors } from '../modules/complaints/complaints.errors.ts';
import { evaluationErrors } from '../modules/evaluation/evaluation.errors.ts';
import { floorErrors } from '../modules/floor/floor.errors.ts';
import { nationalErrors } from '../modules/national/national.errors.ts';
import { openDataErrors } from '../modules/national/open-data.errors.ts';
import { requestErrors } from '../modules/requests/requests.errors.ts';
import { satisfactionErrors } from '../modules/satisfaction/satisfaction.errors.ts';

interface ErrorSpec {
  status: number;
  id: string;
  en: string;
}

export const errorCatalogue = {
  'request.invalid': {
    status: 400,
    id: 'Data yang dikirim tidak valid.',
    en: 'The request is invalid.',
  },
  'request.malformed_json': {
    status: 400,
    id: 'Isi permintaan bukan JSON yang valid.',
    en: 'The request body is not valid JSON.',
  },
  'request.too_large': {
    status: 413,
    id: 'Ukuran data terlalu besar.',
    en: 'The request body is too large.',
  },
  'request.unsupported_media_type': {
    status: 415,
    id: 'Jenis konten tidak didukung.',
    en: 'Unsupported content type.',
  },
  'route.not_found': { status: 404, id: 'Alamat tidak ditemukan.', en: 'No such route.' },
  'request.malformed_url': {
    status: 400,
    id: 'Alamat (URL) tidak valid: penyandian persen rusak.',
    en: 'The address (URL) is invalid: broken percent-encoding.',
  },
  'request.malformed_http': {
    status: 400,
    id: 'Permintaan HTTP tidak dapat dibaca.',
    en: 'The HTTP request cannot be read.',
  },
  'request.uri_too_long': {
    status: 414,
    id: 'Alamat (URL) terlalu panjang.',
    en: 'The address (URL) is too long.',
  },
  'request.headers_too_large': {
    status: 431,
    id: 'Alamat atau header permintaan terlalu besar.',
    en: "The request's address or headers are too large.",
  },
  'request.range_not_satisfiable': {
    status: 416,
    id: 'Rentang data yang diminta tidak tersedia.',
    en: 'The requested range is not available.',
  },
  'request.timeout': {
    status: 408,
    id: 'Permintaan tidak selesai dikirim tepat waktu.',
    en: 'The request was not sent in time.',
  },
  'request.reference_conflict': {
    status: 409,
    id: 'Data yang dirujuk tidak ada, atau data ini masih dirujuk data lain.',
    en: 'A record this refers to does not exist, or this record is still referred to.',
  },
  'server.shutting_down': {
    status: 503,
    id: 'Server sedang dimatikan ulang. Coba lagi sebentar lagi.',
    en: 'The server is restarting. Try again in a moment.',
  },
  'auth.required': { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  'auth.invalid_credentials': {
    status: 401,
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  },
  'auth.throttled': {
    status: 429,
    id: 'Terlalu banyak percobaan masuk yang salah dari perangkat ini. Tunggu sebentar, lalu coba lagi.',
    en: 'Too many failed sign-in attempts from this device. Wait a moment, then try again.',
  },
  'auth.csrf_invalid': {
    status: 403,
    id: 'Token keamanan (CSRF) tidak valid. Muat ulang halaman.',
    en: 'Invalid security (CSRF) token. Reload the page.',
  },
  'auth.forbidden': {
    status: 403,
    id: 'Anda tidak berwenang melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  'auth.out_of_scope': {
    status: 403,
    id: 'Data ini di luar wilayah kewenangan Anda.',
    en: 'This is outside your scope.',
  },
  'auth.shared_data': {
    status: 403,
    id: 'Data ini dipakai juga oleh MPP lain: hanya admin instansi untuk semua MPP atau admin nasional yang dapat mengubahnya.',
    en: "This is shared with other sites: only the agency's admin for all sites or the national admin may change it.",
  },
  'site.not_found': { status: 404, id: 'MPP tidak ditemukan.', en: 'Site not found.' },
  'agency.not_found': { status: 404, id: 'Instansi tidak ditemukan.', en: 'Agency not found.' },
  'agency.code_taken': {
    status: 409,
    id: 'Kode instansi sudah dipakai instansi lain di MPP ini.',
    en: 'Another agency of this site already uses that code.',
  },
  'agency.site_required': {
    status: 400,
    id: 'Pilih MPP pemilik instansi ini.',
    en: 'Choose the site that owns this agency.',
  },
  'booth.not_found': { status: 404, id: 'Gerai tidak ditemukan.', en: 'Booth not found.' },
  'booth.prefix_taken': {
    status: 409,
    id: 'Huruf antrean sudah dipakai gerai lain di MPP ini.',
    en: 'Another booth at this site already uses that queue prefix.',
  },
  'counter.not_found': { status: 404, id: 'Loket tidak ditemukan.', en: 'Counter not found.' },
  'counter.number_taken': {
    status: 409,
    id: 'Nomor loket sudah dipakai di gerai ini.',
    en: 'That counter number is already used in this booth.',
  },
  'counter.service_not_in_booth': {
    status: 422,
    id: 'Loket hanya dapat melayani layanan yang tersedia di gerainya.',
    en: 'A counter can only serve services offered at its booth.',
  },
  'service.not_found': { status: 404, id: 'Layanan tidak ditemukan.', en: 'Service not found.' },
  'service.code_taken': {
    status: 409,
    id: 'Kode layanan sudah dipakai layanan lain di MPP ini.',
    en: 'Another service of this site already uses that code.',
  },
  'service.booth_wrong_agency': {
    status: 422,
    id: 'Layanan hanya dapat ditawarkan di gerai instansi pemiliknya.',
    en: "A service can only be offered at its own agency's booths.",
  },
  'standard.version_not_found': {
    status: 404,
    id: 'Versi standar pelayanan tidak ditemukan.',
    en: 'Service standard version not found.',
  },
  'standard.stale_version': {
    status: 409,
    id: 'Standar pelayanan telah diubah orang lain. Muat ulang lalu ulangi perubahan Anda.',
    en: 'Someone else changed this service standard. Reload and apply your change again.',
  },
  'user.not_found': { status: 404, id: 'Pengguna tidak ditemukan.', en: 'User not found.' },
  'user.username_taken': {
    status: 409,
    id: 'Nama pengguna sudah dipakai.',
    en: 'The username is already in use.',
  },
  'user.scope_missing': {
    status: 422,
    id: 'Peran ini memerlukan cakupan (MPP, instansi, atau gerai).',
    en: 'This role needs a scope (site, agency or booth).',
  },
  'user.scope_mismatch': {
    status: 422,
    id: 'Instansi ini tidak memiliki gerai di MPP tersebut.',
    en: 'This agency has no booth at that site.',
  },
  'user.own_account': {
    status: 409,
    id: 'Akun Anda sendiri tidak dapat diubah di sini. Ganti kata sandi Anda melalui halaman Ganti kata sandi.',
    en: 'You cannot do this to your own account. Change your password on the Change password page.',
  },
  'user.wrong_password': {
    status: 422,
    id: 'Kata sandi saat ini salah.',
    en: 'The current password is wrong.',
  },
  'user.password_unchanged': {
    status: 422,
    id: 'Kata sandi baru harus berbeda dari yang lama.',
    en: 'The new password must differ from the old one.',
  },
  'import.invalid_file': {
    status: 400,
    id: 'Berkas tidak dapat dibaca. Gunakan templat XLSX atau CSV yang disediakan.',
    en: 'The file cannot be read. Use the XLSX or CSV template provided.',
  },
  'import.rows_invalid': {
    status: 422,
    id: 'Ada baris yang tidak valid. Tidak ada data yang disimpan.',
    en: 'Some rows are invalid. Nothing was saved.',
  },
  'import.too_many_rows': {
    status: 422,
    id: 'Berkas berisi terlalu banyak baris (maksimal 2.000 layanan per berkas). Bagi menjadi beberapa berkas.',
    en: 'The file has too many rows (at most 2,000 services per file). Split it into several files.',
  },
  ...floorErrors,
  ...bookingErrors,
  ...requestErrors,
  ...satisfactionErrors,
  ...complaintErrors,
  ...evaluationErrors,
  ...nationalErrors,
  ...openDataErrors,
  'db.unavailable': {
    status: 503,
    id: 'Layanan sedang tidak dapat diakses sebentar. Silakan coba lagi dalam beberapa detik.',
    en: 'The service is briefly unavailable. Please try again in a few seconds.',
  },
  'db.timeout': {
    status: 504,
    id: 'Permintaan ini terlalu lama diproses dan dihentikan. Coba lagi nanti; bila terus terjadi, beri tahu pengelola.',
    en: 'This request took too long and was stopped. Try again later; if it keeps happening, tell the administrator.',
  },
  'internal.error': {
    status: 500,
    id: 'Terjadi kesalahan pada server.',
    en: 'Something went wrong on the server.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalogue;

/** Whether a string names an entry of the catalogue (a code a database function raised, floor_raise.sql). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}

export interface FieldIssue {
  /** Dotted path of the field, e.g. 'standard.requirements.0.name', or 'row 4 / name' for imports. */
  field: string;
  message: { id: string; en: string };
  row?: number;
  column?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: FieldIssue[] | undefined;
  constructor(code: ErrorCode, details?: FieldIssue[]) {
    // An AppError is an answer to the client ("full", "not found"), not a fault to debug: skipping the stack
    // trace makes the thousands of "full" answers at a booking window's opening cheap.
    const depth = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(errorCatalogue[code].en);
    Error.stackTraceLimit = depth;
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: { id: string; en: string };
    details?: FieldIssue[];
  };
}

export function errorBody(code: ErrorCode, details?: FieldIssue[]): ErrorBody {
  const spec: ErrorSpec = errorCatalogue[code];
  return { error: { code, message: { id: spec.id, en: spec.en }, ...(details ? { details } : {}) } };
}
