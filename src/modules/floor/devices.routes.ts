import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { AppError } from '../../shared/errors.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { presentDevice } from './devices.presenters.ts';
import { deviceTokenOf } from './devices.rules.ts';
import {
  deviceKindInput,
  deviceOut,
  deviceParams,
  devicesOut,
  pairDeviceBody,
  pairedOut,
  renameDeviceBody,
  thisDeviceOut,
} from './devices.schemas.ts';
import {
  deviceByToken,
  listDevices,
  pairDevice,
  renameDevice,
  revokeDevice,
  unpairThisDevice,
} from './devices.service.ts';
import { pairBody, siteParams } from './floor.schemas.ts';

const tags = ['floor'];

export function deviceRoutes({ db, floor }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/floor/devices',
      {
        config: { access: 'floor.devices.manage' },
        schema: {
          tags,
          summary: 'Pair this device (a kiosk or a display board) with a site (site manager)',
          body: pairDeviceBody,
          response: { 201: pairedOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await pairDevice(db, contextOf(request), request.body)),
    );
    app.post(
      '/floor/kiosks',
      {
        config: { access: 'floor.devices.manage' },
        schema: {
          tags,
          summary:
            'Pair this device as a kiosk of a site (site manager); same as /floor/devices with kind kiosk',
          body: pairBody,
          response: { 201: pairedOut.extend({ kioskId: z.uuid() }) },
        },
      },
      async (request, reply) => {
        const paired = await pairDevice(db, contextOf(request), { ...request.body, kind: 'kiosk' });
        return reply.status(201).send({ ...paired, kioskId: paired.deviceId });
      },
    );
    app.get(
      '/floor/sites/:site/devices',
      {
        config: { access: 'floor.devices.manage' },
        schema: {
          tags,
          summary: "A site's paired devices: kind, name, who paired it, last seen, revoked (site manager)",
          params: siteParams,
          response: { 200: devicesOut },
        },
      },
      async (request) => {
        const { site, devices } = await listDevices(db, contextOf(request), request.params.site, floor.now());
        return {
          site: { id: site.id, code: site.code, name: site.name, timezone: site.timezone },
          devices: devices.map(presentDevice),
        };
      },
    );
    app.patch(
      '/floor/devices/:id',
      {
        config: { access: 'floor.devices.manage' },
        schema: {
          tags,
          summary: 'Rename a paired device (site manager)',
          params: deviceParams,
          body: renameDeviceBody,
          response: { 200: deviceOut },
        },
      },
      async (request) =>
        presentDevice(await renameDevice(db, contextOf(request), request.params.id, request.body.name)),
    );
    app.post(
      '/floor/devices/:id/revoke',
      {
        config: { access: 'floor.devices.manage' },
        schema: {
          tags,
          summary: 'Revoke a paired device: its token is refused from now on (site manager)',
          params: deviceParams,
          response: { 200: deviceOut },
        },
      },
      async (request) =>
        presentDevice(await revokeDevice(db, contextOf(request), request.params.id, floor.now())),
    );
    app.get(
      '/floor/devices/this',
      {
        config: { access: 'floor.device.this' },
        schema: {
          tags,
          summary: 'The device the token belongs to (a device checks it is still paired)',
          querystring: z.object({ kind: deviceKindInput }),
          response: { 200: thisDeviceOut },
        },
      },
      async (request) => {
        const token = deviceTokenOf(request.headers);
        if (!token) throw new AppError('floor.device_token_required');
        const device = await deviceByToken(db, token, request.query.kind, floor.now());
        if (!device) throw new AppError('floor.device_not_found');
        return { ...device, kind: request.query.kind };
      },
    );
    app.post(
      '/floor/devices/this/unpair',
      {
        config: { access: 'floor.devices.manage' },
        schema: {
          tags,
          summary: "Unpair the device the token belongs to, at the device, with a site manager's sign-in",
          response: { 200: deviceOut },
        },
      },
      async (request) => {
        const token = deviceTokenOf(request.headers);
        if (!token) throw new AppError('floor.device_token_required');
        return presentDevice(await unpairThisDevice(db, contextOf(request), token, floor.now()));
      },
    );
  };
}
