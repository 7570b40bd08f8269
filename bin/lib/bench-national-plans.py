#!/usr/bin/env python3
"""Plans and periodic reports of the synthetic national dataset (issue #9, part 1), through the services' APIs.

Run by bin/lib/bench-national (generate-plans, generate-reports); Python standard library plus `cryptography` (to sign
the test tokens). Deterministic: every draw is sha256(seed, key), never random(); plan-service and reporting-service
generate the ids of plans and reports, so the natural keys (issuing unit, year, reporting unit, period, due date) are
what the draws depend on, never those ids.

  plans   --scale N --seed S --plan-url URL --out DIR             province plans 2022-2026 and commune plans
  reports --seed S --report-url URL --out DIR [--asof 2026-11-23]  fill, submit and decide the expected reports

What is generated (see the doc section "Plans and periodic reports"):
- for each province of the scale (the 2025 hierarchy, chosen as bench-national-generate.sql chooses them): one annual
  plan a year by the province that was in force on the issue date: 2022-2024 and early 2025 by each old province that
  formed it (63-province hierarchy), a plan for the rest of 2025 and the 2026 plan by the new province;
- for a deterministic 10 % of its communes, a 2026 commune plan derived from the 2026 province plan (derive, then
  its content saved, then issued);
- the reports the regimes call for: per report one outcome (on time, late, missing, still a draft) and, when
  submitted, a decision (accepted, returned then resubmitted and accepted, returned and left, not yet decided).
"""
import argparse
import base64
import hashlib
import http.client
import json
import os
import sys
import threading
import time
import unicodedata
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlparse

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UNITS = os.path.join(ROOT, "platform", "src", "main", "resources", "admin-units")
SIGNING_KEY = os.path.join(ROOT, "platform", "src", "test", "resources", "testing", "test-signing-key.pem")
VN_TZ = timezone(timedelta(hours=7))
REFORM = date(2025, 7, 1)
YEARS = range(2022, 2027)
COMMUNE_SHARE = 0.10

# ---------------------------------------------------------------------------------------------------------------------
# Deterministic draws


class Draws:
    def __init__(self, seed):
        self.seed = str(seed)

    def rnd(self, *key):
        """A uniform draw in [0, 1) from the seed and a key."""
        digest = hashlib.sha256((self.seed + ":" + ":".join(map(str, key))).encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64

    def uuid(self, *key):
        return str(uuid.UUID(bytes=hashlib.md5((self.seed + ":" + ":".join(map(str, key))).encode()).digest()))

    def between(self, low, high, *key):
        return low + int(self.rnd(*key) * (high - low + 1))


# ---------------------------------------------------------------------------------------------------------------------
# Tokens: RS256 JWTs signed with the test key, as bin/lib/bench-national token() signs them.

_key = None
_tokens = {}
_token_lock = threading.Lock()


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(unit, roles):
    global _key
    cache_key = (unit, tuple(roles))
    with _token_lock:
        if cache_key in _tokens:
            return _tokens[cache_key]
        if _key is None:
            from cryptography.hazmat.primitives import hashes, serialization
            from cryptography.hazmat.primitives.asymmetric import padding
            with open(SIGNING_KEY, "rb") as f:
                _key = (serialization.load_pem_private_key(f.read(), password=None), padding, hashes)
        private, padding, hashes = _key
        now = int(time.time())
        header = _b64(json.dumps({"alg": "RS256", "typ": "JWT"}, separators=(",", ":")).encode())
        payload = _b64(json.dumps({"iss": "urn:treem:dev", "aud": "treem-api", "sub": "bench-national",
                                   "groups": list(roles), "unit": unit, "iat": now, "exp": now + 4 * 3600},
                                  separators=(",", ":")).encode())
        signature = private.sign(f"{header}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())
        _tokens[cache_key] = f"{header}.{payload}.{_b64(signature)}"
        return _tokens[cache_key]


# ---------------------------------------------------------------------------------------------------------------------
# HTTP: one kept-alive connection per thread and base URL.

_local = threading.local()
_stats_lock = threading.Lock()
STATS = {}


class HttpError(Exception):
    pass


def call(base, method, path, tok, body=None, headers=None, expect=(200, 201)):
    conns = getattr(_local, "conns", None)
    if conns is None:
        conns = _local.conns = {}
    url = urlparse(base)
    h = {"Authorization": "Bearer " + tok, "Accept": "application/json", "Accept-Language": "en"}
    if body is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
    for attempt in range(3):
        conn = conns.get(base)
        if conn is None:
            conn = conns[base] = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
        t0 = time.monotonic()
        try:
            conn.request(method, path, body=data, headers=h)
            resp = conn.getresponse()
            raw = resp.read()
        except (http.client.HTTPException, OSError):
            conn.close()
            conns.pop(base, None)
            if attempt == 2:
                raise
            continue
        elapsed = time.monotonic() - t0
        name = f"{method} {path.split('?')[0].split('/')[3]}" + (" " + path.split("/")[-1].split("?")[0]
                                                                 if path.count("/") > 4 else "")
        with _stats_lock:
            n, total = STATS.get(name, (0, 0.0))
            STATS[name] = (n + 1, total + elapsed)
        if resp.status not in expect:
            raise HttpError(f"{method} {path}: HTTP {resp.status}: {raw[:600].decode(errors='replace')}")
        etag = resp.getheader("ETag")
        return (json.loads(raw) if raw else None), etag
    raise HttpError("unreachable")


def run_all(tasks, workers):
    """Runs the callables on a thread pool; fails on the first error."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for future in [pool.submit(t) for t in tasks]:
            future.result()


# ---------------------------------------------------------------------------------------------------------------------
# Administrative units


def load_units():
    with open(os.path.join(UNITS, "units-2026.json"), encoding="utf-8") as f:
        new = json.load(f)
    with open(os.path.join(UNITS, "units-2025-03.json"), encoding="utf-8") as f:
        old = json.load(f)
    with open(os.path.join(UNITS, "merger-2025.json"), encoding="utf-8") as f:
        merger = json.load(f)
    return new, old, merger


def norm(name):
    """A province name without its kind, in lower case, without diacritics (old and new tone placement differ)."""
    name = "".join(c for c in unicodedata.normalize("NFD", name.strip().lower().replace("đ", "d"))
                   if not unicodedata.combining(c))
    for prefix in ("thanh pho ", "thu do ", "tinh "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return " ".join(name.replace("–", "-").split())


def old_provinces_forming(new_code, merger, old):
    """Old provinces that formed a new province, from merger-2025.json's published text (MergerMap's rule 1)."""
    entry = next(m for m in merger if m["ma"] == new_code and m.get("magoc") == "0")
    text = entry["truocsapnhap"].split(".")[0]
    if text.strip() == "giữ nguyên":
        return [new_code]
    by_name = {norm(p["FullName"]): p["Code"] for p in old}
    by_name["tphcm"] = "79"
    codes = []
    for part in text.replace(" và ", ",").split(","):
        key = norm(part)
        if not key:
            continue
        if key not in by_name:
            raise SystemExit(f"bench-national-plans: old province '{part}' of {new_code} not found")
        codes.append(by_name[key])
    return codes


def provinces_of_scale(new, scale):
    """As bench-national-generate.sql: the province with the median number of communes, then the nearest ones."""
    counts = sorted((len(p["Wards"]), p["Code"]) for p in new)
    ordered = sorted(c for c, _ in counts)
    median = ordered[(len(ordered) + 1) // 2 - 1]  # percentile_disc(0.5)
    return sorted(counts, key=lambda c: (abs(c[0] - median), c[1]))[:scale]


# ---------------------------------------------------------------------------------------------------------------------
# Plan content, modelled on /work/shared/plan-documents (Thái Bình 42/KH-UBND 2022: tasks II.1-10, duties of the
# departments by name, budget sources, reports before 10 May and 10 November; Mường Tè and Trà Vinh: numeric targets
# for 2025 and 2030, "chủ trì, phối hợp", yearly reporting).

LEGAL_BASES = [
    ("Luật", "102/2016/QH13", "2016-04-05", "Quốc hội", "Luật Trẻ em", 2000),
    ("Nghị định", "56/2017/NĐ-CP", "2017-05-09", "Chính phủ", "quy định chi tiết một số điều của Luật Trẻ em", 2000),
    ("Quyết định", "23/QĐ-TTg", "2021-01-07", "Thủ tướng Chính phủ",
     "phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030", 2000),
    ("Thông tư", "13/2021/TT-BLĐTBXH", "2021-09-30", "Bộ Lao động - Thương binh và Xã hội",
     "ban hành Bộ chỉ tiêu thống kê về trẻ em", 2000),
    ("Chỉ thị", "28-CT/TW", "2023-12-25", "Ban Bí thư",
     "về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em đáp ứng yêu cầu xây dựng đất nước phồn vinh, "
     "hạnh phúc", 2024),
]

TASKS = [
    ("II.1", "Công tác lãnh đạo, chỉ đạo", "Nâng cao trách nhiệm của các cấp, các ngành, nhất là người đứng đầu, trong "
     "chỉ đạo, quản lý và thực hiện công tác trẻ em.", ["OTHER"]),
    ("II.2", "Bố trí nhân lực", "Bố trí nhân lực làm công tác trẻ em tại cấp xã; có chính sách hỗ trợ người làm công "
     "tác trẻ em.", ["CAPACITY_BUILDING"]),
    ("II.3", "Công tác truyền thông", "Đẩy mạnh tuyên truyền, đa dạng hóa các hình thức truyền thông, giáo dục vận động "
     "xã hội về bảo vệ, chăm sóc trẻ em.", ["COMMUNICATION"]),
    ("II.4", "Phát triển hệ thống dịch vụ bảo vệ trẻ em", "Củng cố, phát triển hệ thống dịch vụ bảo vệ trẻ em; duy "
     "trì, nhân rộng các mô hình; Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.", ["SERVICES", "SOCIAL_ASSISTANCE"]),
    ("II.5", "Kiểm tra, giám sát", "Kiểm tra, giám sát việc thực hiện quyền trẻ em, phát hiện và xử lý các vụ việc vi "
     "phạm quyền trẻ em.", ["INSPECTION", "ABUSE_PREVENTION"]),
    ("II.6", "Phối hợp liên ngành", "Phối hợp liên ngành trong phòng ngừa, phát hiện, hỗ trợ, can thiệp, xử lý các vụ "
     "việc xâm hại trẻ em; phòng, chống tai nạn thương tích, đuối nước.", ["ABUSE_PREVENTION", "DROWNING_PREVENTION"]),
    ("II.7", "Tháng hành động vì trẻ em, Diễn đàn trẻ em", "Tổ chức Tháng hành động vì trẻ em và Diễn đàn trẻ em các "
     "cấp.", ["CHILD_PARTICIPATION"]),
    ("II.8", "Thống kê, báo cáo", "Thu thập chỉ tiêu thống kê, báo cáo theo Thông tư số 13/2021/TT-BLĐTBXH.",
     ["DATA_AND_STATISTICS"]),
]

# (code, text, unit, direction, comparator, catalog indicator, target base, yearly step, low/high spread)
INDICATORS = [
    ("1", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc để phục hồi, hòa nhập", "PERCENT", "INCREASE",
     "AT_LEAST", "CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE", 88, 1),
    ("2", "Tỷ lệ trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", "PERCENT", "INCREASE", "AT_LEAST",
     "ABUSED_CHILDREN_INTERVENTION_SHARE", 90, 2),
    ("3", "Tỷ lệ xã, phường đạt tiêu chuẩn xã, phường phù hợp với trẻ em", "PERCENT", "INCREASE", "AT_LEAST",
     "CHILD_FRIENDLY_COMMUNES_SHARE", 60, 4),
    ("4", "Tỷ suất tử vong trẻ em dưới 5 tuổi", "PER_MILLE", "DECREASE", "BELOW", "UNDER_FIVE_MORTALITY", 22, -1),
    ("5", "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "PERCENT", "DECREASE", "BELOW",
     "UNDER_FIVE_STUNTING_SHARE", 21, -1),
    ("6", "Số trẻ em có hoàn cảnh đặc biệt được tư vấn, hỗ trợ tâm lý", "COUNT", "INCREASE", "AT_LEAST", None, 300, 50),
]


def in_text(name):
    """'Tỉnh Lào Cai' as written inside a sentence: 'tỉnh Lào Cai'."""
    for kind in ("Thành phố ", "Thủ đô ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu "):
        if name.startswith(kind):
            return kind.lower() + name[len(kind):]
    return name


def province_agencies(year, post_reform):
    # From March 2025 child affairs moved from the Departments of Labour, Invalids and Social Affairs to Health.
    lead = "Sở Y tế" if post_reform else "Sở Lao động - Thương binh và Xã hội"
    return lead, ["Sở Giáo dục và Đào tạo", "Công an tỉnh", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch",
                  "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]


def indicators_for(d, key, year, scale_factor=1):
    out = []
    for code, text, unit, direction, comparator, catalog, base, step in INDICATORS:
        value = base + step * (year - 2022) + round((d.rnd(key, "target", code) - 0.5) * abs(step) * 2)
        if unit == "COUNT":
            value = int((base + step * (year - 2022)) * scale_factor * (0.6 + 0.8 * d.rnd(key, "target", code)))
        indicator = {"code": code, "text": text, "unit": unit, "direction": direction,
                     "targets": [{"year": year, "comparator": comparator, "value": value}]}
        if catalog:
            indicator["catalogIndicator"] = catalog
        out.append(indicator)
    return out


def province_plan(d, unit_code, unit_name, year, issue_date, post_reform, district_level, communes):
    key = ("plan", unit_code, year, "post" if post_reform and year == 2025 else "")
    lead, support = province_agencies(year, post_reform)
    assignments = []
    for i, (task, _, _, _) in enumerate(TASKS):
        assignments.append({"id": d.uuid(*key, "assignment", task, "lead"), "taskCode": task, "agencyName": lead,
                            "role": "LEAD", "responsibilities": "Chủ trì, phối hợp với các sở, ngành tham mưu Ủy ban "
                            "nhân dân tỉnh triển khai nhiệm vụ", "recurrence": "ANNUAL"})
        partner = support[int(d.rnd(*key, "support", task) * len(support))]
        assignments.append({"id": d.uuid(*key, "assignment", task, "support"), "taskCode": task,
                            "agencyName": partner, "role": "SUPPORT", "recurrence": "ANNUAL"})
    local_units = "UBND các huyện, thị xã, thành phố" if district_level else "UBND các xã, phường, đặc khu"
    dues = ["11-10"] if post_reform and year == 2025 else ["05-10", "11-10"]
    # a unit numbers its documents afresh each year: the plan a reused code (52: Bình Định, then Gia Lai) issued
    # after the reform takes a later number than the one before it
    later = post_reform and year == 2025
    number = f"{d.between(250, 480, *key, 'number') if later else d.between(10, 240, *key, 'number')}/KH-UBND"
    budget = d.between(800, 4800, *key, "budget") * 1_000_000
    content = {
        "issuingAgency": f"Ủy ban nhân dân {in_text(unit_name)}",
        "place": unit_name.replace("Tỉnh ", "").replace("Thành phố ", ""),
        "purpose": "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình, nhà trường và xã hội về bảo vệ, "
                   f"chăm sóc trẻ em; thực hiện các mục tiêu về trẻ em năm {year}.",
        "requirements": "Các sở, ngành, địa phương xây dựng kế hoạch cụ thể, bố trí nguồn lực; định kỳ báo cáo.",
        "legalBases": [{"documentType": t, "number": n, "date": dt, "issuer": iss, "title": title}
                       for t, n, dt, iss, title, since in LEGAL_BASES if year >= since],
        "objectives": [
            {"code": "1", "kind": "GENERAL", "text": "Xây dựng môi trường sống an toàn, thân thiện, lành mạnh để trẻ em "
             "được thực hiện đầy đủ các quyền; phòng ngừa, giảm thiểu tình trạng trẻ em bị xâm hại."},
            {"code": "2", "kind": "SPECIFIC", "text": f"Các chỉ tiêu năm {year}",
             "indicators": indicators_for(d, key, year, max(1, communes) / 30)}],
        "tasks": [{"code": c, "title": t, "text": x, "themes": th} for c, t, x, th in TASKS],
        "assignments": assignments + [
            {"id": d.uuid(*key, "assignment", "local"), "agencyName": local_units, "role": "LEAD",
             "responsibilities": "Xây dựng kế hoạch triển khai trên địa bàn; bố trí kinh phí; báo cáo định kỳ",
             "recurrence": "SEMI_ANNUAL"}],
        "budgetSources": [
            {"kind": "CENTRAL", "description": "Ngân sách Trung ương hỗ trợ các hoạt động bảo vệ, chăm sóc trẻ em"},
            {"kind": "LOCAL", "description": "Ngân sách địa phương theo phân cấp", "amount": budget},
            {"kind": "SOCIALISED", "description": "Nguồn tài trợ của các tổ chức, cá nhân và nguồn hợp pháp khác"}],
        "reporting": [
            {"reporter": f"Các sở, ban, ngành; {local_units}", "recipient": lead, "period": "SEMI_ANNUAL",
             "dueDates": dues, "text": "Thực hiện đầy đủ chế độ thông tin, báo cáo về công tác trẻ em theo định kỳ"},
            # "Sở LĐTBXH", not its full name: reporting-service reads the "Xã" of "Xã hội" as the commune level
            {"reporter": "Sở Y tế" if post_reform else "Sở LĐTBXH", "recipient": "Ủy ban nhân dân tỉnh",
             "period": "ANNUAL", "dueDates": ["12-15"],
             "text": "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch"},
            {"reporter": "Các sở, ban, ngành; địa phương", "recipient": lead, "period": "AD_HOC",
             "text": "Kịp thời báo cáo những vụ việc đột xuất, nổi cộm liên quan đến trẻ em"}],
    }
    return {"number": number, "title": f"Kế hoạch thực hiện công tác trẻ em trên địa bàn {in_text(unit_name)} năm {year}",
            "issuingUnitCode": unit_code, "issueDate": issue_date.isoformat(), "periodFromYear": year,
            "periodToYear": year, "type": "ANNUAL", "status": "ISSUED", "content": content}


def commune_plan(d, commune, name, province_plan_id, issue_date):
    key = ("commune-plan", commune, 2026)
    assignments = []
    for task, _, _, _ in TASKS[2:7]:
        assignments.append({"id": d.uuid(*key, "assignment", task), "taskCode": task,
                            "agencyName": "Công chức Văn hóa - Xã hội", "role": "LEAD", "recurrence": "ANNUAL"})
        assignments.append({"id": d.uuid(*key, "assignment", task, "support"), "taskCode": task,
                            "agencyName": ["Công an xã", "Trường Tiểu học", "Trạm Y tế", "Đoàn Thanh niên",
                                           "Hội Liên hiệp Phụ nữ"][int(d.rnd(*key, "support", task) * 5)],
                            "role": "SUPPORT", "recurrence": "ANNUAL"})
    content = {
        "issuingAgency": f"Ủy ban nhân dân {in_text(name)}",
        "purpose": "Triển khai Kế hoạch của Ủy ban nhân dân tỉnh về công tác trẻ em năm 2026 trên địa bàn.",
        "objectives": [{"code": "1", "kind": "SPECIFIC", "text": "Các chỉ tiêu năm 2026",
                        "indicators": [i for i in indicators_for(d, key, 2026, 1 / 30) if i["code"] in ("1", "2", "6")]}],
        "tasks": [{"code": c, "title": t, "text": x, "themes": th} for c, t, x, th in TASKS[2:7]],
        "assignments": assignments,
        "budgetSources": [{"kind": "LOCAL", "description": "Ngân sách xã",
                           "amount": d.between(20, 200, *key, "budget") * 1_000_000}],
        "reporting": [{"reporter": "Công chức Văn hóa - Xã hội", "recipient": "Ủy ban nhân dân xã",
                       "period": "SEMI_ANNUAL", "dueDates": ["05-05", "11-05"],
                       "text": "Báo cáo kết quả thực hiện 6 tháng, năm"}],
    }
    return {"title": f"Kế hoạch thực hiện công tác trẻ em trên địa bàn {in_text(name)} năm 2026",
            "issuingUnitCode": commune, "issueDate": issue_date.isoformat(), "periodFromYear": 2026,
            "periodToYear": 2026, "type": "IMPLEMENTATION", "status": "DRAFT", "parentPlanId": province_plan_id,
            "content": content}


def cmd_plans(args):
    d = Draws(args.seed)
    new, old, merger = load_units()
    old_by_code = {p["Code"]: p for p in old}
    new_by_code = {p["Code"]: p for p in new}
    chosen = provinces_of_scale(new, args.scale)
    planner = token("VN", ["PLANNER"])
    specs = []  # (key, body)
    for _, code in chosen:
        province = new_by_code[code]
        for old_code in old_provinces_forming(code, merger, old):
            op = old_by_code[old_code]
            for year in range(2022, 2026):
                issue = date(year, 1, 10) + timedelta(days=int(d.rnd("issue", old_code, year) * 80))
                specs.append((f"{old_code}:{year}", province_plan(d, old_code, op["FullName"], year, issue, False,
                                                                  True, len(op["District"]))))
        for year, issue in ((2025, date(2025, 7, 15) + timedelta(days=int(d.rnd("issue", code, "2025post") * 45))),
                            (2026, date(2026, 1, 10) + timedelta(days=int(d.rnd("issue", code, 2026) * 80)))):
            specs.append((f"{code}:{year}{'post' if year == 2025 else ''}",
                          province_plan(d, code, province["FullName"], year, issue, True, False,
                                        len(province["Wards"]))))
    os.makedirs(args.out, exist_ok=True)
    ids = {}
    lock = threading.Lock()

    def post(key, body):
        plan, _ = call(args.plan_url, "POST", "/api/v1/plans", planner, body,
                       {"Idempotency-Key": d.uuid("idem", key)}, expect=(201,))
        with lock:
            ids[key] = plan["id"]

    t0 = time.monotonic()
    run_all([lambda k=k, b=b: post(k, b) for k, b in specs], args.workers)
    t1 = time.monotonic()
    # Commune plans: a deterministic 10 % of the communes, derived from the 2026 province plan, saved, issued.
    communes = []
    for _, code in chosen:
        for ward in new_by_code[code]["Wards"]:
            if d.rnd("commune-plan", ward["Code"]) < COMMUNE_SHARE:
                communes.append((code, ward["Code"], ward["FullName"]))

    def derive(province, commune, name):
        tok = token(commune, ["PLANNER"])
        parent = ids[f"{province}:2026"]
        parent_issue = next(b for k, b in specs if k == f"{province}:2026")["issueDate"]
        issue = date.fromisoformat(parent_issue) + timedelta(days=d.between(10, 60, "commune-issue", commune))
        draft, etag = call(args.plan_url, "POST", f"/api/v1/plans/{parent}/derive", tok,
                           {"unitCode": commune, "issueDate": issue.isoformat()}, expect=(200, 201))
        body = commune_plan(d, commune, name, parent, issue)
        # the derived draft's bases (the province plan, linked by the service) and the Law on Children
        body["content"]["legalBases"] = (draft.get("content") or {}).get("legalBases", []) + [
            {"documentType": t, "number": n, "date": dt, "issuer": i, "title": x}
            for t, n, dt, i, x, _ in LEGAL_BASES[:1]]
        draft, etag = call(args.plan_url, "PUT", f"/api/v1/plans/{draft['id']}", tok, body, {"If-Match": etag})
        number = f"{d.between(1, 60, 'commune-number', commune)}/KH-UBND"
        plan, _ = call(args.plan_url, "POST", f"/api/v1/plans/{draft['id']}/issue", tok,
                       {"number": number, "issueDate": issue.isoformat()},
                       {"If-Match": etag, "Idempotency-Key": d.uuid("issue", commune)})
        with lock:
            ids[f"{commune}:2026commune"] = plan["id"]

    run_all([lambda c=c: derive(*c) for c in communes], args.workers)
    t2 = time.monotonic()
    with open(os.path.join(args.out, "plans.tsv"), "w", encoding="utf-8") as f:
        for key in sorted(ids):
            f.write(f"{key}\t{ids[key]}\n")
    summary = {"provinces": [c for _, c in chosen], "province_plans": len(specs), "commune_plans": len(communes),
               "province_plans_s": round(t1 - t0, 1), "commune_plans_s": round(t2 - t1, 1),
               "requests": {k: {"n": n, "mean_ms": round(1000 * s / n, 1)} for k, (n, s) in sorted(STATS.items())}}
    with open(os.path.join(args.out, "plans.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary, ensure_ascii=False))


# ---------------------------------------------------------------------------------------------------------------------
# Reports

OUTCOMES = [  # reports due on or before the dataset's day: cumulative shares
    (0.72, "ON_TIME"), (0.86, "LATE"), (0.95, "MISSING"), (1.0, "DRAFT_ONLY")]
DECISIONS = [  # of the submitted ones
    (0.78, "ACCEPT"), (0.88, "RETURN_RESUBMIT"), (0.93, "RETURN"), (1.0, "UNDECIDED")]


def report_content(d, key, report):
    progress = []
    for a in report["assignments"]:
        r = d.rnd(key, "progress", a["assignmentId"])  # ids set by this generator: deterministic
        status = "DONE" if r < 0.55 else "IN_PROGRESS" if r < 0.92 else "NOT_STARTED"
        progress.append({"assignmentId": a["assignmentId"], "status": status,
                         "narrative": "Đã triển khai theo kế hoạch" if status != "NOT_STARTED" else "Chưa triển khai"})
    values = []
    for ind in report["indicators"]:
        code, unit = ind["code"], ind["unit"]
        r = d.rnd(key, "value", code)
        if unit == "PERCENT":
            denominator = d.between(20, 400, key, "whole", code)
            numerator = int(round(denominator * (0.5 + 0.5 * r)))
            values.append({"indicatorCode": code, "value": round(100 * numerator / denominator, 1),
                           "numerator": numerator, "denominator": denominator})
        elif unit == "PER_MILLE":
            values.append({"indicatorCode": code, "value": round(10 + 20 * r, 1)})
        elif unit == "COUNT":
            values.append({"indicatorCode": code, "value": int(5 + 400 * r)})
        else:
            values.append({"indicatorCode": code, "value": round(r * 2, 2)})
    return {"progress": progress, "values": values}


def cmd_reports(args):
    d = Draws(args.seed)
    asof = date.fromisoformat(args.asof)
    analyst = token("VN", ["ANALYST"])
    reports, cursor = [], None
    t0 = time.monotonic()
    while True:
        page, _ = call(args.report_url, "GET", "/api/v1/reports?unit=VN&limit=200" +
                       (f"&cursor={cursor}" if cursor else ""), analyst)
        reports.extend(page["items"])
        cursor = page.get("nextCursor")
        if not cursor:
            break
    t1 = time.monotonic()
    parents = {}
    with open(os.path.join(args.units_tsv), encoding="utf-8") as f:
        for line in f:
            code, parent = line.rstrip("\n").split("\t")
            parents[code] = parent
    details = {}
    lock = threading.Lock()
    backdate = []
    counts = {}

    def count(what):
        with lock:
            counts[what] = counts.get(what, 0) + 1

    def handle(r):
        key = ("report", r["recipientUnit"], r["reportingUnit"], r.get("reporterAgency", ""), r["regime"],
               r["period"], r["dueDate"])
        due = date.fromisoformat(r["dueDate"])
        reporter = token(r["reportingUnit"], ["REPORTER"])
        approver_unit = r["recipientUnit"] if r["recipientUnit"] != r["reportingUnit"] \
            else parents.get(r["reportingUnit"], "VN")
        approver = token(approver_unit, ["REPORT_APPROVER"])
        if due > asof:
            outcome = "DRAFT_ONLY" if d.rnd(*key, "early") < 0.3 else "NOT_DUE"
        else:
            r0 = d.rnd(*key, "outcome")
            outcome = next(o for upto, o in OUTCOMES if r0 < upto)
        count(outcome)
        if outcome in ("MISSING", "NOT_DUE"):
            return
        full, etag = call(args.report_url, "GET", f"/api/v1/reports/{r['id']}", reporter)
        content = report_content(d, key, full)
        _, etag = call(args.report_url, "PUT", f"/api/v1/reports/{r['id']}", reporter, content, {"If-Match": etag})
        if outcome == "DRAFT_ONLY":
            return
        due_end = datetime.combine(due, datetime.min.time(), VN_TZ)
        if outcome == "ON_TIME":
            submitted = due_end - timedelta(days=d.rnd(*key, "days") * 12, hours=d.rnd(*key, "hours") * 10 - 14)
        else:
            submitted = due_end + timedelta(days=1 + d.rnd(*key, "days") * 45, hours=8 + d.rnd(*key, "hours") * 9)
        submitted = min(submitted, datetime.combine(asof, datetime.min.time(), VN_TZ) - timedelta(hours=1))
        _, etag = call(args.report_url, "POST", f"/api/v1/reports/{r['id']}/submission", reporter, None,
                       {"If-Match": etag, "Idempotency-Key": d.uuid(*key, "submit")})
        r1 = d.rnd(*key, "decision")
        decision = next(o for upto, o in DECISIONS if r1 < upto)
        count("decision " + decision)
        decided = submitted + timedelta(days=2 + d.rnd(*key, "review") * 20)
        resubmitted = None
        if decision == "UNDECIDED" or decided.date() >= asof:
            backdate.append((r["id"], submitted.isoformat(), ""))
            return
        if decision.startswith("RETURN"):
            _, etag = call(args.report_url, "POST", f"/api/v1/reports/{r['id']}/decision", approver,
                           {"accept": False, "comment": "Số liệu chỉ tiêu chưa khớp với báo cáo kỳ trước, đề nghị "
                                                        "rà soát, bổ sung"},
                           {"If-Match": etag, "Idempotency-Key": d.uuid(*key, "return")})
            if decision == "RETURN":
                backdate.append((r["id"], submitted.isoformat(), decided.isoformat()))
                return
            _, etag = call(args.report_url, "PUT", f"/api/v1/reports/{r['id']}", reporter, content,
                           {"If-Match": etag})
            _, etag = call(args.report_url, "POST", f"/api/v1/reports/{r['id']}/submission", reporter, None,
                           {"If-Match": etag, "Idempotency-Key": d.uuid(*key, "resubmit")})
            resubmitted = decided + timedelta(days=1 + d.rnd(*key, "fix") * 7)
            decided = resubmitted + timedelta(days=1 + d.rnd(*key, "review2") * 7)
        call(args.report_url, "POST", f"/api/v1/reports/{r['id']}/decision", approver, {"accept": True},
             {"If-Match": etag, "Idempotency-Key": d.uuid(*key, "accept")})
        latest = resubmitted or submitted
        backdate.append((r["id"], latest.isoformat(), min(decided, datetime.combine(asof, datetime.min.time(), VN_TZ)
                                                          - timedelta(minutes=30)).isoformat()))

    run_all([lambda r=r: handle(r) for r in reports], args.workers)
    t2 = time.monotonic()
    with open(os.path.join(args.out, "backdate.tsv"), "w") as f:
        for row in sorted(backdate):
            f.write("\t".join(row) + "\n")
    summary = {"reports": len(reports), "outcomes": dict(sorted(counts.items())), "list_s": round(t1 - t0, 1),
               "fill_submit_decide_s": round(t2 - t1, 1),
               "requests": {k: {"n": n, "mean_ms": round(1000 * s / n, 1)} for k, (n, s) in sorted(STATS.items())}}
    with open(os.path.join(args.out, "reports.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary, ensure_ascii=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("plans")
    p.add_argument("--scale", type=int, default=1)
    p.add_argument("--seed", default="20261123")
    p.add_argument("--plan-url", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--workers", type=int, default=8)
    r = sub.add_parser("reports")
    r.add_argument("--seed", default="20261123")
    r.add_argument("--report-url", required=True)
    r.add_argument("--units-tsv", required=True, help="code<TAB>parent code of every unit, both hierarchies")
    r.add_argument("--out", required=True)
    r.add_argument("--asof", default="2026-11-23")
    r.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    try:
        {"plans": cmd_plans, "reports": cmd_reports}[args.cmd](args)
    except HttpError as e:
        sys.exit(f"bench-national-plans: {e}")


if __name__ == "__main__":
    main()
