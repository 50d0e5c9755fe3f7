import { COACH_MODEL } from '../../../model/coach-techniques.js';
import { loadTechniqueModel, type TechniqueModel } from './techniqueModel.js';

let shipped: TechniqueModel | undefined;

/** The technique model shipped with the engine, decoded once per process on first use. */
export function shippedTechniqueModel(): TechniqueModel {
  shipped ??= loadTechniqueModel(COACH_MODEL);
  return shipped;
}
