export interface BookableService {
  id: string;
  name: string;
  agencyName: string;
  daysAhead: number;
  windowOpensAt: string;
}

export interface Availability {
  site: { id: string; code: string; name: string; timezone: string };
  service: { id: string; name: string };
  windowOpensAt: string;
  daysAhead: number;
  days: { date: string; remaining: number; slots: { starts: string; remaining: number }[] }[];
}

export interface BookingView {
  code: string;
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
  service: { id: string; name: string };
  site: { code: string; name: string; address: string; timezone: string } | null;
  date: string;
  starts: string;
  name: string;
  nik: string;
  phone: string;
  outsideHours: boolean;
  requirements: { name: string; mandatory: boolean; condition?: string }[];
}
