from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pilots.accounts import PASSWORD_MAX_LENGTH, USERNAME_MAX_LENGTH
from pilots.models import Agency, Membership
from pilots.validators import PlainTextField
from pilots.widgets import NamesSelect

MAX_ALIASES, ALIAS_MAX_LENGTH = 20, 100


class AgencyForm(forms.Form):
    name = PlainTextField(label=_("单位全称"), max_length=200)
    aliases = PlainTextField(
        label=_("简称"), required=False, max_length=1000,
        help_text=_("多个简称用顿号或逗号分隔，如 区科技局、科技局"),
    )  # fmt: skip
    category = forms.ChoiceField(label=_("职能类别"), choices=Agency.Category.choices)

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = zone

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if Agency.objects.filter(zone=self.zone, name=name).exists():
            raise ValidationError(_("本试验区已有同名单位。"))
        return name

    def clean_aliases(self):
        raw = self.cleaned_data["aliases"].replace(",", "、").replace(",", "、")
        aliases = list(dict.fromkeys(a.strip() for a in raw.split("、") if a.strip()))
        if len(aliases) > MAX_ALIASES:
            raise ValidationError(_("简称最多 %(n)d 个。"), params={"n": MAX_ALIASES})
        if any(len(a) > ALIAS_MAX_LENGTH for a in aliases):
            raise ValidationError(_("每个简称最多 %(n)d 个字。"), params={"n": ALIAS_MAX_LENGTH})
        return aliases


class MembershipForm(forms.Form):
    username = forms.CharField(
        label=_("用户名"), max_length=USERNAME_MAX_LENGTH,
        validators=[UnicodeUsernameValidator()],
        help_text=_("最多 150 个字符：字母、数字和 @ . + - _"),
    )  # fmt: skip
    full_name = PlainTextField(label=_("姓名"), max_length=150, required=False)
    password = forms.CharField(
        label=_("初始密码"),
        max_length=PASSWORD_MAX_LENGTH,
        required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("新用户必填；已有用户留空"),
    )
    agency = forms.ModelChoiceField(
        label=_("单位"), queryset=Agency.objects.none(), widget=NamesSelect
    )
    role = forms.ChoiceField(
        label=_("角色"),
        choices=[(r, r.label) for r in (Membership.Role.STAFF, Membership.Role.MANAGER)],
    )

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(zone=zone, archived_at__isnull=True)

    def clean(self):
        data = super().clean()
        exists = get_user_model().objects.filter(username=data.get("username")).exists()
        if not exists:
            if not data.get("password"):
                self.add_error("password", _("新用户须设置初始密码。"))
            else:
                try:
                    password_validation.validate_password(data["password"])
                except ValidationError as exc:
                    self.add_error("password", exc)
        return data
