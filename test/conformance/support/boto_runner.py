"""Batch runner for the conformance tests: reads {endpoint, defaultCreds, cases} as JSON on stdin,
runs each case with a real boto3 STS client (parameter_validation=False, so the server validates),
and prints a JSON list of {id, ok, result | error, status, requestId, sandboxHeaders?}.

A case's creds may be explicit keys, {"from": "<earlier case id>"} (that result's Credentials), or
"unsigned". skewSeconds signs the request as if the clock were that far off. presign returns a
presigned URL instead of calling.
"""
import datetime
import json
import sys

import boto3
import botocore.auth
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

_real_now = botocore.auth.get_current_datetime


def jsonable(value):
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items() if k != "ResponseMetadata"}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def main():
    spec = json.load(sys.stdin)
    endpoint = spec["endpoint"]
    session = boto3.session.Session()
    results = {}
    out = []
    clients = {}

    def resolve_creds(creds):
        if creds == "unsigned":
            return None
        if isinstance(creds, dict) and "from" in creds:
            src = results.get(creds["from"])
            if not src or not src.get("ok"):
                raise RuntimeError("case %s has no credentials to reuse" % creds["from"])
            c = src["result"]["Credentials"]
            return {"accessKeyId": c["AccessKeyId"], "secretAccessKey": c["SecretAccessKey"], "sessionToken": c.get("SessionToken")}
        return creds

    def client_for(creds, region):
        key = (json.dumps(creds, sort_keys=True), region)
        if key not in clients:
            base = dict(parameter_validation=False, retries={"total_max_attempts": 1, "mode": "standard"})
            if creds is None:
                cfg = Config(signature_version=UNSIGNED, **base)
                clients[key] = session.client("sts", endpoint_url=endpoint, region_name=region, config=cfg)
            else:
                clients[key] = session.client(
                    "sts",
                    endpoint_url=endpoint,
                    region_name=region,
                    config=Config(**base),
                    aws_access_key_id=creds["accessKeyId"],
                    aws_secret_access_key=creds["secretAccessKey"],
                    aws_session_token=creds.get("sessionToken"),
                )
        return clients[key]

    for case in spec["cases"]:
        entry = {"id": case["id"]}
        skew = case.get("skewSeconds")
        try:
            creds = resolve_creds(case.get("creds", spec.get("defaultCreds")))
            client = client_for(creds, case.get("region", "us-east-1"))
            params = case.get("params") or {}
            if skew:
                delta = datetime.timedelta(seconds=skew)
                botocore.auth.get_current_datetime = lambda *a, **k: _real_now(*a, **k) + delta
            if case.get("presign"):
                url = client.generate_presigned_url(case["op"], Params=params, ExpiresIn=case.get("expiresIn", 60), HttpMethod=case.get("httpMethod"))
                entry.update(ok=True, result={"url": url})
            else:
                response = getattr(client, case["op"])(**params)
                meta = response.get("ResponseMetadata", {})
                entry.update(ok=True, result=jsonable(response), status=meta.get("HTTPStatusCode"), requestId=meta.get("RequestId"))
        except ClientError as e:
            meta = e.response.get("ResponseMetadata", {})
            entry.update(ok=False, error=e.response.get("Error", {}), status=meta.get("HTTPStatusCode"), requestId=meta.get("RequestId"))
            # The sandbox-only headers (its explanation of a denial), which no AWS client reads.
            sandbox_headers = {k.lower(): v for k, v in meta.get("HTTPHeaders", {}).items() if k.lower().startswith("x-sandbox-")}
            if sandbox_headers:
                entry["sandboxHeaders"] = sandbox_headers
        except Exception as e:  # a broken case, reported rather than aborting the batch
            entry.update(ok=False, crash="%s: %s" % (type(e).__name__, e))
        finally:
            botocore.auth.get_current_datetime = _real_now
        results[case["id"]] = entry
        out.append(entry)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
