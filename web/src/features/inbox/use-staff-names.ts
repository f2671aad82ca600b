import { useEffect, useState } from 'react';
import { listStaff } from '../../api/endpoints';

/** The office's active staff by id, for the column of who holds each case. */
export function useStaffNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    listStaff()
      .then(({ users }) => setNames(new Map(users.map((u) => [u.id, u.fullName]))))
      // Without names the column shows the holders' ids; the list itself still works.
      .catch(() => setNames(new Map()));
  }, []);

  return names;
}
