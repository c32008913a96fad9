FILE="g3-19-hk-guangdong-2025.txt"; YEAR=2025
REGION={"name":"广东省","level":"province","code":"440000"}
T=[
("全省GDP增長目標定為5%左右",5,"gdp","approx"),
("一般公共預算收入增長2%",2,"general_budget_revenue",""),
("固定資產投資增長3%",3,"fixed_asset_investment",""),
("社會消費品零售總額增長4%",4,"retail_sales",""),
("城鎮新增就業110萬人以上",1100000,"urban_new_jobs","gte"),
("調查失業率控制在5.5%以內",5.5,"unemployment_surveyed","lte"),
("居民消費價格漲幅2%左右",2,"cpi","approx"),
("新增專項債券逾3000億元",300000000000,"","gte"),
("研發經費支出增長8%",8,"",""),
("新增高新技術企業5000家",5000,"high_tech_enterprises",""),
]
OPT=["GDP目標增5%左右","擬發專項債逾3000億","廣東要達成5%目標"]
