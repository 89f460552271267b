import {
  functionToolDefinitions,
  runFunctionTool,
  type ToolResult,
  type ToolSuccess,
} from '../function-tools';
import {
  knowledgeCitationsMarkdown,
  KNOWLEDGE_TOOLS,
  type KnowledgeToolSuccess,
} from '../knowledge/knowledge-tool';
import { toolCitationsMarkdown } from '../tax/citations';
import { FREE_ANSWER_ENTRY, type AnswerSource } from './provider';
import { TAX_TOOLS, type TaxToolSuccess } from '../tax/tools';

/**
 * The one registry of tools the model is offered: the knowledge search and the exact tax tools, run,
 * validated and refused the same way. It lives here, above both, so that neither lib/tax nor
 * lib/knowledge has to know the other's tools.
 */
export const ASSISTANT_TOOLS = { ...KNOWLEDGE_TOOLS, ...TAX_TOOLS };

export type AssistantToolSuccess = ToolSuccess<typeof ASSISTANT_TOOLS>;
export type AssistantToolResult = ToolResult<typeof ASSISTANT_TOOLS>;

export const ASSISTANT_TOOL_DEFINITIONS = functionToolDefinitions(ASSISTANT_TOOLS);

export function runAssistantTool(name: string, rawArguments: unknown): AssistantToolResult {
  return runFunctionTool(ASSISTANT_TOOLS, name, rawArguments);
}

function isKnowledgeResult(result: AssistantToolSuccess): result is KnowledgeToolSuccess {
  return result.tool === 'search_knowledge';
}

/**
 * What the answer rests on, shown under it whatever the model wrote: the entries consulted, then the
 * calculations, each with its year and official links. Empty when no tool succeeded.
 */
export function toolFooterMarkdown(results: readonly AssistantToolSuccess[]): string {
  const knowledge = results.filter(isKnowledgeResult);
  const calculations = results.filter((result): result is TaxToolSuccess => !isKnowledgeResult(result));
  return [knowledgeCitationsMarkdown(knowledge), toolCitationsMarkdown(calculations)]
    .filter((section) => section !== '')
    .join('\n\n');
}

/**
 * What a model's answer rests on: the first entry its knowledge searches returned (the first one cited
 * under it), or a free answer. When it searched the base and every search came back empty, the base could
 * not answer the question: the gap operators count, as for the offline assistant.
 */
export function answerSourceOf(results: readonly AssistantToolSuccess[]): AnswerSource {
  const searches = results.filter(isKnowledgeResult);
  const cited = searches.flatMap((result) => result.entries)[0];
  return {
    entry: cited?.id ?? FREE_ANSWER_ENTRY,
    unanswered: searches.length > 0 && cited === undefined,
  };
}
