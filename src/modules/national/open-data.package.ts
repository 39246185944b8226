import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { openDataFields } from './open-data.fields.ts';
import { MIN_GROUP } from './open-data.rules.ts';
import type { datapackageOut } from './open-data.schemas.ts';

type DataPackage = z.input<typeof datapackageOut>;

/**
 * The datapackage.json (Frictionless Data Package, tabular) that goes with a day's files: every column with its
 * type, unit and description in Indonesian and English, the licence, the source, how small groups are suppressed,
 * and each file's size and sha256. Made from open-data.fields.ts, like the files themselves; no date of making,
 * so it is as reproducible as they are.
 */

const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file names of a day, the same for the API and `atap hub open-data`. */
export function dayFileName(day: string, format: 'csv' | 'json'): string {
  return `atap-layanan-harian-${day}.${format}`;
}

const SUPPRESSION_NOTE = {
  id:
    `Sel yang dihitung dari kurang dari ${MIN_GROUP} orang dikosongkan (CSV: sel kosong; JSON: null) dan nama ` +
    `kolomnya dicatat di kolom "suppressed" baris itu. Jumlah orang (nomor antrean, pengunjung, berkas, ` +
    `responden, pengaduan) ditampilkan bila 0 atau sedikitnya ${MIN_GROUP}; persentil waktu tunggu dan lama ` +
    `pelayanan hanya dari sedikitnya ${MIN_GROUP} nomor antrean; IKM dan mutunya hanya dari sedikitnya ` +
    `${MIN_GROUP} responden. Bagian dari suatu jumlah (berkas tepat waktu, pengaduan dijawab tepat waktu) juga ` +
    `dikosongkan bila sisanya 1–${MIN_GROUP - 1}, agar kelompok kecil tidak dapat dihitung dengan pengurangan. ` +
    'Sel kosong yang tidak disebut di kolom "suppressed" berarti tidak ada nilainya (mis. tidak ada yang ' +
    'menunggu, atau ada unsur SKM yang tidak dijawab). Jumlah layanan (kuota) bukan data orang dan tidak dikosongkan.',
  en:
    `Cells computed from fewer than ${MIN_GROUP} people are left empty (CSV: empty cell; JSON: null) and their ` +
    `column names are listed in the row's "suppressed" column. Counts of people (tickets, visitors, files, ` +
    `respondents, complaints) are shown when 0 or at least ${MIN_GROUP}; waiting and service time percentiles ` +
    `only over at least ${MIN_GROUP} tickets; the IKM and its grade only over at least ${MIN_GROUP} respondents. ` +
    `A part of a total (files on time, complaints answered on time) is also left empty when the rest of the ` +
    `total is 1–${MIN_GROUP - 1}, so that a small group cannot be recovered by a subtraction. An empty cell not ` +
    'named in "suppressed" has no value (e.g. nobody waited, or an SKM element went unanswered). Counts of ' +
    'services (quota) are not about people and are never suppressed.',
};

export interface PackageFile {
  /** Relative to the datapackage.json. */
  path: string;
  format: 'csv' | 'json';
  bytes: Buffer;
}

function describe(field: (typeof openDataFields)[number]): string {
  const unit = field.unit;
  const id = unit ? `${field.description.id} Satuan: ${unit.id}.` : field.description.id;
  const en = unit ? `${field.description.en} Unit: ${unit.en}.` : field.description.en;
  return `${id} — ${en}`;
}

function tableSchema(): DataPackage['resources'][number]['schema'] {
  return {
    fields: openDataFields.map((f) => ({
      name: f.name,
      type: f.type,
      ...(f.type === 'date' ? { format: 'default' } : {}),
      description: describe(f),
      descriptions: f.description,
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.basis === 'none' ? {} : { suppressedBelow: MIN_GROUP }),
    })),
    missingValues: [''],
    primaryKey: ['day', 'site_id', 'service_type_code'],
  };
}

/** The package for the files given (a day's CSV and JSON). `source` is the hub's public address when known. */
export function buildDatapackage(files: readonly PackageFile[], source: string | undefined): Buffer {
  const schema = tableSchema();
  const pkg: DataPackage = {
    profile: 'tabular-data-package',
    name: 'atap-layanan-harian-mpp',
    title:
      'Layanan harian Mal Pelayanan Publik per jenis layanan — Daily services of Indonesia’s public service malls by service type',
    description:
      'Satu baris per hari, MPP, dan jenis layanan nasional: antrean, waktu tunggu dan lama pelayanan, berkas, ' +
      'kepuasan (SKM/IKM), pengaduan, dan kuota, dari data operasional setiap MPP yang direplikasi ke pusat data ' +
      'nasional Atap. Tidak memuat data pribadi. ' +
      `${SUPPRESSION_NOTE.id}\n\n` +
      'One row per day, site and national service type: queue, waiting and service time, application files, ' +
      'satisfaction (SKM/IKM), complaints and quota, from the operational data each site replicates to the Atap ' +
      `national hub. Holds no personal data. ${SUPPRESSION_NOTE.en}`,
    suppression: SUPPRESSION_NOTE,
    licenses: [LICENSE],
    sources: [
      {
        title:
          'Pusat data nasional Atap: data operasional MPP yang direplikasi (PostgreSQL logical replication) — ' +
          'Atap national hub: the replicated operational data of each MPP',
        ...(source ? { path: source } : {}),
      },
    ],
    keywords: ['MPP', 'Mal Pelayanan Publik', 'pelayanan publik', 'public services', 'Indonesia', 'IKM'],
    resources: files.map((file) => ({
      name: `layanan-harian-${file.format}`,
      path: file.path,
      profile: 'tabular-data-resource',
      format: file.format,
      mediatype: file.format === 'csv' ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      ...(file.format === 'csv'
        ? {
            dialect: {
              delimiter: ',',
              lineTerminator: '\n',
              quoteChar: '"',
              doubleQuote: true,
              header: true,
            },
          }
        : {}),
      bytes: file.bytes.length,
      hash: `sha256:${sha256(file.bytes)}`,
      schema,
    })),
  };
  return Buffer.from(`${JSON.stringify(pkg, null, 2)}\n`, 'utf8');
}
