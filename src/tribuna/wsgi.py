import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tribuna.settings")
application = get_wsgi_application()

# What is loaded by now (Django, Wagtail, Tribuna: some 200,000 objects) lives as long as the
# process. Frozen, it is left out of the collector's full passes, which otherwise walk it all
# (about 60 ms) in the middle of whichever request triggers one: the slowest 1 % of requests.
gc.freeze()
