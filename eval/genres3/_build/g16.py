FILE="g3-16-yichang-swqh-2023.txt"; YEAR=2024
REGION={"name":"宜昌市","level":"city","code":"420500"}
T=[
("地区生产总值增长6.5%左右",6.5,"gdp","approx"),
("规上工业增加值增长8%",8,"industrial_value_added",""),
("固定资产投资增长10%",10,"fixed_asset_investment",""),
("零售总额增长8%左右",8,"retail_sales","approx"),
("地方一般公共预算收入增长6%",6,"general_budget_revenue",""),
("产业产值突破2000亿元",200000000000,"","gte"),
("接待游客突破1亿人次",100000000,"","gte"),
("新增高新技术企业300家",300,"high_tech_enterprises",""),
]
OPT=["水质稳定保持Ⅱ类"]
