// Opens graph files off the main thread, so parsing and checking a big file never freezes the page.
import { answerOpenRequest, type OpenRequest } from './openRequest';
import { toWire } from './datasetWire';
import { answerJobs } from '../workers/answerJobs';

answerJobs((request: OpenRequest) => toWire(answerOpenRequest(request)));
