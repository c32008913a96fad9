FILE="g3-15-liuzhou-jjgzhy-2021.txt"; YEAR=2022
REGION={"name":"柳州市","level":"city","code":"450200"}
T=[
("地区生产总值预期增长7%左右",7,"gdp","approx"),
("规模以上工业总产值突破5000亿元",500000000000,"industrial_output","gte"),
("固定资产投资增长10%",10,"fixed_asset_investment",""),
("社会消费品零售总额增长8%",8,"retail_sales",""),
("产量力争达到60万辆",600000,"",""),
("重大项目400个以上",400,"","gte"),
("城镇新增就业4.5万人",45000,"urban_new_jobs",""),
]
OPT=[]
