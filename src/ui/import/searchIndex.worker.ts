// Makes a big graph's search indexes off the page (model/searchJob.ts): their CPU and their garbage stay here.
import { answerSearchJob, searchReplyTransfers } from '../../model/searchJob';
import { answerJobs } from '../../workers/answerJobs';

answerJobs(answerSearchJob, searchReplyTransfers);
