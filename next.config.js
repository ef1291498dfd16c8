/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keeps `next dev` from writing files of its own into the repository.
  agentRules: false,
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
