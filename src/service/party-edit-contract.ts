// The contract's slice for editing a set's parties after the import. WerkbankApi
// (contract.ts) joins it; the implementation is party-edit.ts.

export interface PartyEdit {
  id: string;
  name?: string;
  shortName?: string;
  /** Every alias, replacing the ones stored. */
  aliases?: string[];
  /** The corporation a tenant organisation belongs to, or the tenant organisations of a corporation (ids). */
  linkedPartyIds?: string[];
}

export interface PartyEditApi {
  /**
   * Changes a party of the active set, after a backup, in one transaction, with the change in the
   * activity log; refused with a Dutch message naming the field, changing nothing.
   */
  updateParty(arg: PartyEdit): Promise<{ id: string; name: string; shortName: string; aliases: string[]; linkedPartyIds: string[]; backup: string }>;
}
