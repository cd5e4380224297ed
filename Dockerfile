# One image for the API (which also serves the built console at /).
FROM node:20-bookworm AS build
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build && pnpm deploy --filter @desk/server --prod --legacy /out \
  && cp -r apps/console/dist /out/console

FROM node:20-bookworm-slim
ENV NODE_ENV=production CONSOLE_DIR=/app/console PORT=4000
WORKDIR /app
COPY --from=build /out /app
EXPOSE 4000
USER node
CMD ["node", "--enable-source-maps", "dist/main.js"]
