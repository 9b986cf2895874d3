// A set's parties edited after the import: name, short name, aliases and which
// tenant organisation belongs to which corporation. A backup first, one
// transaction, the change in the activity log. Parties are shared by the sets
// that name them, so the change holds in each of those sets.
import path from 'node:path';
import { insertActivityLog } from '../db/activity-log';
import { backupDatabase } from '../db/backup';
import { loadPartyDirectory, updatePartyRecord } from '../db/party-directory';
import { ServiceError } from '../domain/errors';
import { PARTNER_KIND, PARTY_KIND_WORDS } from '../domain/types';
import type { ServiceContext } from './context';
import type { WerkbankApi } from './contract';
import { objectArg, optionalString, requiredString } from './validate';

export function createPartyEditMethods(ctx: ServiceContext): Pick<WerkbankApi, 'updateParty'> {
  const { db, setId } = ctx;
  return {
    async updateParty(arg) {
      const obj = objectArg(arg);
      const id = requiredString(obj, 'id', 'De partij', 100);
      const parties = loadPartyDirectory(db, setId).parties;
      const party = parties.find((p) => p.id === id);
      if (!party) throw new ServiceError('not_found', `Onbekende partij "${id}" in deze set. Partijen: ${parties.map((p) => `${p.id} (${p.shortName})`).join(', ')}.`);
      const text = (field: string, label: string): string | undefined => {
        const v = optionalString(obj, field, label, 200);
        if (v !== undefined && v.trim() === '') throw new ServiceError('invalid_input', `${label} van ${party.name} mag niet leeg zijn. Er is niets gewijzigd.`);
        return v?.trim();
      };
      const name = text('name', 'De naam');
      const shortName = text('shortName', 'De korte naam');
      const list = (field: string, label: string): string[] | undefined => {
        const v = obj[field];
        if (v === undefined) return undefined;
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new ServiceError('invalid_input', `${label} is een lijst van namen.`);
        return [...new Set((v as string[]).map((x) => x.trim()).filter((x) => x !== ''))];
      };
      const aliases = list('aliases', 'Andere namen');
      const linked = list('linkedPartyIds', 'Hoort bij');
      if (linked) {
        const partnerKind = PARTNER_KIND[party.kind];
        for (const l of linked) {
          const other = parties.find((p) => p.id === l);
          if (!other || other.kind !== partnerKind) {
            throw new ServiceError(
              'invalid_input',
              partnerKind === null
                ? `"Hoort bij": een gemeente hoort niet bij een corporatie of huurdersorganisatie. Er is niets gewijzigd.`
                : `"Hoort bij": ${party.name} hoort bij een ${PARTY_KIND_WORDS[partnerKind]} van deze set, niet bij "${other?.name ?? l}". Kies uit: ${parties.filter((p) => p.kind === partnerKind).map((p) => p.id).join(', ')}. Er is niets gewijzigd.`,
            );
          }
        }
      }
      const changes: string[] = [];
      if (name !== undefined && name !== party.name) changes.push(`naam "${party.name}" → "${name}"`);
      if (shortName !== undefined && shortName !== party.shortName) changes.push(`korte naam "${party.shortName}" → "${shortName}"`);
      if (aliases && aliases.join('|') !== party.aliases.join('|')) changes.push(`andere namen: ${aliases.join(', ') || '(geen)'}`);
      if (linked && [...linked].sort().join('|') !== [...party.linkedPartyIds].sort().join('|')) changes.push(`hoort bij: ${linked.map((l) => parties.find((p) => p.id === l)?.shortName ?? l).join(', ') || '(geen)'}`);
      if (changes.length === 0) throw new ServiceError('invalid_input', `Er is niets te wijzigen aan ${party.name}.`);
      const backup = backupDatabase(db, ctx.databasePath, 'voor-partij-wijzigen', { now: ctx.now(), appVersion: ctx.version });
      db.transaction(() => {
        updatePartyRecord(db, id, {
          name: name ?? party.name,
          shortName: shortName ?? party.shortName,
          ...(aliases ? { aliases } : {}),
          ...(linked ? { linked } : {}),
        });
        insertActivityLog(db, {
          setId,
          planningYear: null,
          partyId: id,
          identity: null,
          action: 'party-edit',
          detail: `Partij ${party.name} gewijzigd: ${changes.join('; ')}.`,
          reason: '',
          changedAt: ctx.now().toISOString(),
          changedBy: ctx.changedBy,
        });
      }).immediate();
      const after = loadPartyDirectory(db, setId).parties.find((p) => p.id === id) ?? party;
      return { id, name: after.name, shortName: after.shortName, aliases: after.aliases, linkedPartyIds: after.linkedPartyIds, backup: path.basename(backup) };
    },
  };
}
