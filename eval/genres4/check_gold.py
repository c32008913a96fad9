"""Sanity check for genres4/gold.json: the checks of ../_shared/gold_check.py with this set's genres."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '_shared'))
from gold_check import check

GENRE = {'01': 'city', '02': 'city', '03': 'city', '04': 'city', '05': 'city',
         '06': 'county', '07': 'county', '08': 'county', '09': 'county',
         '10': 'news', '11': 'news', '12': 'news', '13': 'news',
         '14': 'traditional', '15': 'traditional', '16': 'traditional',
         '17': 'older', '18': 'older', '19': 'oddity', '20': 'oddity'}
check(HERE, GENRE)
