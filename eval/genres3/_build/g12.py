FILE="g3-12-fujian-news-2023.txt"; YEAR=2023
REGION={"name":"福建省","level":"province","code":"350000"}
T=[
("地区生产总值增长6%左右",6,"gdp","approx"),
("一般公共预算收入增长5%",5,"general_budget_revenue",""),
("固定资产投资增长5%",5,"fixed_asset_investment",""),
("社会消费品零售总额增长6.5%",6.5,"retail_sales",""),
("城镇新增就业50万人以上",500000,"urban_new_jobs","gte"),
("调查失业率控制在5.5%左右",5.5,"unemployment_surveyed","approx"),
("居民消费价格涨幅3%左右",3,"cpi","approx"),
("粮食产量稳定在500万吨以上",5000000,"grain_output","gte"),
("省重点项目1500个以上",1500,"","gte"),
("年度计划投资6000亿元以上",600000000000,"","gte"),
("改造城镇老旧小区1300个",1300,"",""),
("普惠性托位1万个以上",10000,"","gte"),
]
OPT=[]
