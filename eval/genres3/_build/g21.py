FILE="g3-21-tw-jiangsu-2021.txt"; YEAR=2021
REGION={"name":"江苏省","level":"province","code":"320000"}
T=[
("經濟成長目標為6%以上",6,"gdp","gte"),
("一般公共預算收入成長5%",5,"general_budget_revenue",""),
("城鎮新增就業120萬人",1200000,"urban_new_jobs",""),
("城鎮調查失業率5%左右",5,"unemployment_surveyed","approx"),
("居民消費價格漲幅3%左右",3,"cpi","approx"),
("經費支出佔GDP比重達到2.95%",2.95,"rd_intensity",""),
("新增高新技術企業5000家",5000,"high_tech_enterprises",""),
("實際使用外資穩定在230億美元",23000000000,"foreign_investment",""),
]
OPT=["今年經濟成長目標6%以上"]
