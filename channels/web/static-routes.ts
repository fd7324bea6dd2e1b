import type { Router } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import { buildAssets, type Asset, type AssetName } from './assets.ts';
import { renderPage } from './page-html.ts';
import { serverStrings } from './strings.ts';

/** `/` (the chat page) and `/assets/*` (bundles built once, on first request or at ready()). */
export function mountStaticRoutes(router: Router): { assets: () => Promise<Map<AssetName, Asset>> } {
  let built: Promise<Map<AssetName, Asset>> | null = null;
  const assets = () => {
    built ??= buildAssets().catch((error: unknown) => {
      built = null;
      throw error;
    });
    return built;
  };
  const page = renderPage();

  router.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  });

  router.get('/assets/:name', async (req, res) => {
    const asset = (await assets()).get(req.params.name as AssetName);
    if (!asset) throw new AppError('not_found', serverStrings.assetMissing);
    // Portals on other origins load the widget with a plain <script> tag.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300, must-revalidate');
    res.setHeader('ETag', asset.etag);
    if (req.get('if-none-match') === asset.etag) {
      res.status(304).end();
      return;
    }
    res.type(asset.contentType).send(asset.body);
  });

  return { assets };
}
