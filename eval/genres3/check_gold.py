"""Sanity check for genres3/gold.json: the checks of ../_shared/gold_check.py with this set's genres."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '_shared'))
from gold_check import check

GENRE = {'01': 'city', '02': 'city', '03': 'city', '04': 'city', '05': 'city', '06': 'city',
         '07': 'county', '08': 'county', '09': 'county', '10': 'county', '11': 'county',
         '12': 'news', '13': 'news', '14': 'news', '15': 'news', '16': 'news', '17': 'news',
         '18': 'traditional', '19': 'traditional', '20': 'traditional', '21': 'traditional',
         '22': 'older', '23': 'older', '24': 'older'}
check(HERE, GENRE)
