"""What running Tribuna on several machines needs from the app itself: health and
readiness endpoints for load balancers, media on S3-compatible storage, and purging a
CDN when a page changes. The deployment is described in docs/deploy.md."""
