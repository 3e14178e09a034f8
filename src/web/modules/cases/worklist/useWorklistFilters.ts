import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  caseLightSchema,
  caseStatusSchema,
  type CaseLight,
  type CaseStatusName,
} from '../../../../contracts/cases.contract.js';
import { WORKLIST_FILTER_NAMES, type WorklistFilters } from './worklist.api.js';

const CITY = /^\d{6}$/;

/** The worklist filters as the page's URL keeps them, so a filtered list can be reloaded or shared. */
export function useWorklistFilters(): [WorklistFilters, (filters: WorklistFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<WorklistFilters>(() => {
    const status = params.get('status');
    const light = params.get('light');
    const itemCode = params.get('itemCode');
    const receivingCityCode = params.get('receivingCityCode');
    const cityCode = params.get('cityCode');
    return {
      ...(status && caseStatusSchema.options.includes(status as CaseStatusName)
        ? { status: status as CaseStatusName }
        : {}),
      ...(light && caseLightSchema.options.includes(light as CaseLight) ? { light: light as CaseLight } : {}),
      ...(itemCode ? { itemCode: itemCode.slice(0, 40) } : {}),
      ...(receivingCityCode && CITY.test(receivingCityCode) ? { receivingCityCode } : {}),
      ...(cityCode && CITY.test(cityCode) ? { cityCode } : {}),
    };
  }, [params]);
  const setFilters = useCallback(
    (next: WorklistFilters) => {
      const search = new URLSearchParams();
      for (const name of WORKLIST_FILTER_NAMES) {
        const value = next[name];
        if (value) search.set(name, value);
      }
      setParams(search, { replace: true });
    },
    [setParams],
  );
  return [filters, setFilters];
}
