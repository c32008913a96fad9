FILE="g3-20-hk-national-2023.txt"; YEAR=2023
REGION={"name":"中国","level":"national"}
T=[
("增長目標定為5%左右",5,"gdp","approx"),
("城鎮新增就業1200萬人左右",12000000,"urban_new_jobs","approx"),
("城鎮調查失業率5.5%左右",5.5,"unemployment_surveyed","approx"),
("居民消費價格漲幅3%左右",3,"cpi","approx"),
("糧食產量保持在1.3萬億斤以上",1300000000000,"grain_output","gte"),
("赤字率擬按3%安排",3,"deficit_ratio",""),
("專項債券3.8萬億元人民幣",3800000000000,"",""),
("中央預算內投資擬安排6800億元",680000000000,"",""),
]
OPT=["今年GDP增長目標5%左右","5%目標屬「保守務實」"]
