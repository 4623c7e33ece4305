export { describeValue, logSumExp, maxScoreIndex, relativeExponentials, softmax, validateScores } from './softmax';
export {
  APPROXIMATELY_ZERO,
  formatExponential,
  formatProbabilities,
  formatScore,
  labelToTex,
  labelToText,
  MINUS_SIGN,
  PROBABILITY_DECIMALS,
  roundPreservingSum,
  scoreDecimals,
  type ScientificLabel,
} from './format';
export { formatTick, formatTotal } from './labels';
export { buildStory, buildVectorStory, type ComponentStory, type Story, type VectorStory } from './story';
