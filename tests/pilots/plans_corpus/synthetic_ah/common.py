"""Small helpers the three synthetic_ah document modules share."""

from synthetic_model import Agency, Target, Task


def A(code, name, alias, category):
    return Agency(code, name, [alias] if alias else [], category)


def T(metric, unit, comparator, value, phrase, **kw):
    return Target(metric, unit, comparator, value, phrase, **kw)


def task(numbering, body, lead=(), supporting=(), responsible=(), due=None, title=None):
    """A run-on task "N.标题。正文（annotation）": title its first sentence, text the paragraph
    after its number."""
    return Task(
        numbering,
        title or body.split("。")[0],
        body,
        lead=list(lead),
        supporting=list(supporting),
        responsible=list(responsible),
        due=due,
    )


def without_note(body):
    """The task's text without its trailing annotation (a goal's text)."""
    for marker in ("（责任单位", "（牵头单位", "（责任部门"):
        if marker in body:
            return body[: body.rindex(marker)]
    return body[: body.rindex("（")] if body.endswith("）") else body
