"""A WeChat post's items numbered `【1】` over their field lines (责任单位：X / 配合单位：Y), and the post's own
来源 / 编辑 lines after the last item.

Session 14: the items were read as task cards without numbers, the first one losing its title, and the
last one's co-units took the post's 来源：… and 编辑：… lines. When this was written, the test failed.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

POST = """清溪发布 2024-03-12 18:00 湖南
点击蓝字 关注我们
重磅！清溪县2024年十大民生实事出炉（节选）
近日，县政府常务会议审议通过2024年十大民生实事项目，一起来看↓↓↓

【1】城区学校扩容
新建城东小学，新增学位1620个。
责任单位：县教育局
配合单位：县住建局、县城投公司

【2】农村供水保障
实施城乡供水一体化工程，新增受益人口3万人。
责任单位：县水利局
配合单位：各乡镇人民政府

【3】就业技能培训
开展免费职业技能培训2000人次。
责任单位：县人社局
配合单位：县总工会、团县委、县妇联

来源：清溪县人民政府办公室
编辑：李某  审核：王某
"""


def test_boxed_numbers_are_the_items_numbers() -> None:
    measures = parse_plan_text(POST).measures
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in measures] == [
        ("1", ["县教育局"], ["县住建局", "县城投公司"]),
        ("2", ["县水利局"], ["各乡镇人民政府"]),
        ("3", ["县人社局"], ["县总工会", "团县委", "县妇联"]),
    ]
    assert "城区学校扩容" in measures[0].text
