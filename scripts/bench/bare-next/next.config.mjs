// The bare baseline page: no options beyond keeping `next build` from writing files of its own.
const config = { agentRules: false };
export default config;
