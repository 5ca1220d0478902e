#!/bin/bash
# One shot (compose's mongo-init): initiates the replica set rs0 of mongo1..3 unless it is already, waits for a
# primary, and creates Casebook's database user unless it exists. Safe to run again.
set -euo pipefail
ROOT_PASSWORD="$(cat /run/secrets/mongo_root_password)"
export CASEBOOK_PASSWORD="$(cat /run/secrets/mongo_casebook_password)"
mongosh --quiet "mongodb://root:${ROOT_PASSWORD}@mongo1:27017/admin?directConnection=true" --eval '
  try {
    rs.status();
    print("replica set rs0 is already initiated");
  } catch (e) {
    if (e.codeName !== "NotYetInitialized") { throw e; }
    rs.initiate({_id: "rs0", members: [
      {_id: 0, host: "mongo1:27017"}, {_id: 1, host: "mongo2:27017"}, {_id: 2, host: "mongo3:27017"}]});
    print("initiated replica set rs0");
  }
'
for attempt in $(seq 1 60); do
  if mongosh --quiet "mongodb://root:${ROOT_PASSWORD}@mongo1:27017,mongo2:27017,mongo3:27017/admin?replicaSet=rs0" \
       --eval 'db.hello().isWritablePrimary || db.hello().primary ? 0 : quit(1)' >/dev/null 2>&1; then
    break
  fi
  sleep 2
done
mongosh --quiet "mongodb://root:${ROOT_PASSWORD}@mongo1:27017,mongo2:27017,mongo3:27017/admin?replicaSet=rs0" --eval '
  const casebook = db.getSiblingDB("admin");
  if (casebook.getUser("casebook") === null) {
    casebook.createUser({user: "casebook", pwd: process.env.CASEBOOK_PASSWORD,
                         roles: [{role: "readWrite", db: "casebook"}]});
    print("created the database user casebook");
  } else {
    print("the database user casebook exists");
  }
'
