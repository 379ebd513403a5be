// `npm run schema`: writes public/dataset.schema.json from the zod schema, for editors and other tools.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/jsonSchema';

const path = 'public/dataset.schema.json';
writeFileSync(path, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
