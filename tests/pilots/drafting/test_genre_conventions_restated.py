"""A figure printed twice is one target, where first printed (SOURCES.md) — also when the second
print is a goal after the goal that stated it (a 分年度目标 line after the whole plan's goals) or a
专栏's project after the task that stated it; and a hall's floor area is what the project is, no
figure to reach. Short invented texts, drafted end to end; each failed on the importer of
5048f583 unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _named_targets

_YEARLY_GOALS = (
    "某区人工智能教育行动方案（2026—2028年）\n"
    "一、发展目标\n"
    "到2028年，建成人工智能教育实验室40个，培育人工智能教育特色学校20所。\n"
    "分年度目标：2027年，特色学校达到10所；2028年，特色学校达到20所，实验室覆盖全部初中。\n"
    "二、重点任务\n"
    "（一）建设实验室。统筹建设人工智能教育实验室。（责任单位：区教育局）\n"
)


def test_a_years_goal_restating_the_plans_goal_is_no_second_target():
    figures = [(t[0], t[2], t[4]) for t in _named_targets(_draft(_YEARLY_GOALS))]
    assert [f for f in figures if f[1] == 20] == [("人工智能教育特色学校", 20, 2028)]


def test_control_the_same_thing_due_another_year_is_a_target_of_its_own():
    figures = [(t[2], t[4]) for t in _named_targets(_draft(_YEARLY_GOALS))]
    assert (10, 2027) in figures and (40, 2028) in figures


_BOXED_PROJECT = (
    "某县人工智能赋能文旅工作方案（2026—2028年）\n"
    "一、重点任务\n"
    "（一）打造智慧景区。推进重点景区智能化改造，打造智慧景区6个。（牵头单位：县文旅局）\n"
    "专栏1 文旅智能化工程\n"
    "1.智慧景区工程。建设智能导览、客流监测系统，打造智慧景区6个，2027年完成。\n"
    "2.数字展馆工程。建设非遗数字展馆，展陈面积3000平方米，展示数字化作品2000件，2027年建成开放。\n"
    "3.智慧酒店工程。推动酒店智能化改造，建成智慧酒店6个。\n"
)


def test_a_projects_figure_restating_the_tasks_is_no_second_target():
    metrics = [t[0] for t in _named_targets(_draft(_BOXED_PROJECT)) if t[2] == 6]
    assert metrics.count("智慧景区") == 1


def test_control_another_thing_counted_alike_is_a_target_of_its_own():
    metrics = [t[0] for t in _named_targets(_draft(_BOXED_PROJECT)) if t[2] == 6]
    assert "智慧酒店" in metrics


def test_a_halls_floor_area_is_no_target():
    figures = [(t[2], t[3]) for t in _named_targets(_draft(_BOXED_PROJECT))]
    assert (3000, "平方米") not in figures
    assert (2000, "件") in figures  # control: the works the hall shows are a figure to reach
