from __future__ import rested_snopes
