"""An admin change form as the browser would post it back: every field with its shown value."""

from __future__ import annotations

from html.parser import HTMLParser


class _Form(HTMLParser):
    def __init__(self):
        super().__init__()
        self.data: dict[str, str] = {}
        self._select: str | None = None
        self._textarea: str | None = None
        self._inside = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id", "").endswith("_form"):
            self._inside = True
        if not self._inside or not a.get("name"):
            if tag == "option" and self._select and "selected" in a:
                self.data[self._select] = a.get("value") or ""
            return
        name = a["name"]
        if tag == "input":
            kind = a.get("type", "text")
            if kind in {"submit", "button", "file"}:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in a:
                    self.data[name] = a.get("value") or "on"
                return
            self.data[name] = a.get("value") or ""
        elif tag == "select":
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "textarea":
            self._textarea = name
            self.data[name] = ""

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._inside = False


def change_form(client, url: str) -> dict[str, str]:
    """The fields of the admin change page at ``url`` with the values it shows."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    form = _Form()
    form.feed(response.content.decode())
    form.data.pop("csrfmiddlewaretoken", None)
    # A leading newline of a textarea is the markup's, not the value's.
    return {k: v[1:] if v.startswith("\n") else v for k, v in form.data.items()}
