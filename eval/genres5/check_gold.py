"""Sanity check for genres5/gold.json: the checks of ../_shared/gold_check.py with this set's genres."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '_shared'))
from gold_check import check

GENRE = {'01': 'city', '02': 'city', '03': 'city',
         '04': 'county', '05': 'county', '06': 'county',
         '07': 'news', '08': 'news', '09': 'news', '10': 'news', '11': 'news',
         '12': 'traditional', '13': 'traditional', '14': 'traditional',
         '15': 'older', '16': 'older',
         '17': 'odd form', '18': 'odd form'}
check(HERE, GENRE)
