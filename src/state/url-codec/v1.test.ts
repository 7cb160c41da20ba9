// Frozen v1 links. These strings were made by the v1 encoder on 2026-11-25 and must decode to the same
// state for as long as the playground exists: links live in blog posts. Never regenerate them; when the
// format changes, add v2.test.ts beside this file with v2's own frozen links.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareState } from '.';

// A copy of src/scenarios/default.yaml as it was when the link was made: the scenario may change, the link may not.
const defaultYaml = readFileSync(new URL('./testdata/v1-default.yaml', import.meta.url), 'utf8');

const FROZEN_DEFAULT =
  'v1.nVTNbptAEH6VET40kQw2dhK5VD21l0hVZClVL6VSFhjbK8MuZZckqKrUh-gT9kk6uywYUie1woXZnf9vvtkfnvKicOo1XuRN4PMOQSFmbxTIBwEl49UUFM8Qkqb9cwFSIKR5rTRWUSwmAPCAia-wuucp0gn-_PoNDD60JtdruHUq8t1UUmiQG9CUSWy5eISPWOayKVDoNljRqO-5v0OW5aiUC9Yfu1hnroLrdQQ3VNE5bGRlo1p_uNVM46bOb9GGZSKzyjTnlAjWMjOlFHC3rxNMdQ5VLUCj0uD7VQE-NwIv2BbfJ7VqEvl4F8SClfwLVopLEcF9GIs9F1nUlRSLAjXLmGaECoBgBUZDZGKhSkytTjcl6XqAzNWgnXAevL0Kwvk8uJwTHhMouRBI9UvbAsuyyiBhZDMrUDv5oN5BhjlqAlkbQxJdvzYshUj3ZnAmlSLDVEszPDMtVpZROwpzLmWlldX4Vo5gNW_tNKu2qNf9ne_7Y0QokJodYBnO9QgyLmOPSUXmPGUqguWRIgum090nlmDeFvdv4RqLMqeZdw7DjObLx85P3SljV4n5UqIp44Ja66_8ceFdGEsSdxuZAhT12ykPaHYx-sAvAHkatcZ7MkDyyWY8N3Lrf3zky-X8qrUcpPr_xEc791zF5siEkGRLMTpwJrDOWbOtZE2LKkXeRLDl92g5TMvast0xH59yH85aLOZTB0rYCYtz2lo7iD56sF-pgMtZKTOfl0Q3WrfFxUUQBpdTJy6CVScug3AxgNat8s3RAbyawz0ur-Nw7346hwcuAw7b22gVuIU_icAtVV6gME3vKBm6RRn1RK9wpznQedxG18Jh0Vz17p1u71JZFPTmR_A19mYJFzO1i71vDiSdcZOmqu1uEOya6NYevZ9_AQ';

const FROZEN_EVERY_FIELD =
  'v1.bU9dT8MwDPwrkZ8z6MdAKH8DiZe2D2lrtmipG5K0ME377zgpE5q0B8vnu_NZvkAAta_2lQQNqml4lDDip15sTIiLDoZ-QL50ssnzvzqdw5fdlZAU_0CpQBZJs3daxJCbwbQzWIMUc8TyyOYXgq5jH6ib-HxLYGo7VDxt_Yh6tBiCquvilR0zqAucQJUSDmz26aBjsKa3mC6ukjF7ppTOZM_duKh7Ttk8QPOI6RM4gqolIK_x1pkV7cwH-mBmUmItWzoZGpV4R7-aAVuaMOpRR61aEoL0hEp8Y99ScDhkLqDFIc4-D0Jo5_4cQrjZx5D5XcZKvBUtwfUX';

// Made 2026-11-25 after v1 gained its optional keys N (nodes), r (sends) and v.c (compared names).
const FROZEN_SENDS =
  'v1.bY7BbsIwEER_xdqzcROlKtJ-BBekXpIcts4irDrG9TqpEOLf61AIF26rmZ2ZdwEB3G41EGDbwgAaBj7Q5HO5xrP8-E0Ffa_BAkJmWeRczn_ryDR4FsGmqT6KswN815CWqlpXa4F59d3rtq4qXS_lM-AFjoAlUnZa-OWvjXCaneUV45E2dz4jszXWT5I5GX-y5A30Vw3nQkfRfXISdwqoKEZ5m-sufLswoNpnynyY_J5zF0bONFAm7IJSgUZGdRvrgkS2N_WOsXuaK8liJ47eWRJUTRfg-gc';

// Made 2026-12-03 after v1 gained the optional key o.c (client kind) and the actions q, p and w.
const FROZEN_TIME =
  'v1.RY1BCsIwEEWvEv46YosIModwI7hpuhjbEYNpjJ20Ukrvbu3Gzefx3-LNUNDRgkFVhTcsWrnzEPJK3aTvsCtR2wpp2w9sWZyKoq4tXqAZDQg3LBbTCpz8VXr1r0iGU9L9WLr49LElc8mc5T6Ei2QXO8nccmZy0ZjInZDZUi5qkmZ7VfrRN3L-y91DuA2i-tO9pOAbVjIHF7F8AQ';

describe('frozen v1 links', () => {
  it('a deletion played step by step, the clock moved on, busybox wget', () => {
    expect(decodeShareFragment(FROZEN_TIME)).toEqual({
      ok: true,
      value: {
        yaml: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: mysql\nspec:\n  serviceName: mysql-headless\n  replicas: 3\n',
        actions: [{ type: 'terminatePod', namespace: 'default', name: 'mysql-1' }, { type: 'lifecycleStep' }, { type: 'advanceClock', seconds: 10800 }],
        seed: 5,
        options: { clientKind: 'busybox-wget' },
      },
    });
  });

  it('the default scenario of 2026-11-25', () => {
    expect(decodeShareFragment(`#${FROZEN_DEFAULT}`)).toEqual({ ok: true, value: { yaml: defaultYaml, actions: [], seed: 1 } });
  });

  it('every field and every action kind', () => {
    expect(decodeShareFragment(FROZEN_EVERY_FIELD)).toEqual({
      ok: true,
      value: {
        yaml: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n',
        actions: [
          { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 },
          { type: 'deletePod', namespace: 'default', name: 'mysql-1' },
          { type: 'setPodReady', namespace: 'default', name: 'mysql-2', ready: false },
          { type: 'labelPod', namespace: 'default', name: 'test', key: 'tier', value: 'client' },
          { type: 'unlabelPod', namespace: 'default', name: 'test', key: 'run' },
        ],
        client: 'default/test',
        target: 'mysql-0.mysql-headless:3306',
        options: { keepAlive: true, strategy: 'round-robin', proxyMode: 'ipvs', count: 10 },
        seed: 4242,
        view: { terminal: 'dig', tab: 'iptables', node: 'node-2', hop: 3, embed: true },
      },
    });
  });

  it('nodes, the send log and the compared names', () => {
    expect(decodeShareFragment(FROZEN_SENDS)).toEqual({
      ok: true,
      value: {
        yaml: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: mysql\nspec:\n  serviceName: mysql-headless\n  replicas: 3\n',
        actions: [{ type: 'deletePod', namespace: 'default', name: 'mysql-0' }],
        client: 'test',
        target: 'mysql-headless:3306',
        nodes: 4,
        seed: 77,
        sends: [{ count: 1, afterActions: 0, target: 'mysql-0.mysql-headless:3306' }, { count: 100, afterActions: 1 }],
        view: { compare: ['web-service', 'mysql-headless.default.svc.cluster.local.'], hop: 0 },
      },
    });
  });
});

describe('v1 links and the seed client', () => {
  it('the removed and restarted client round-trips: d then k', () => {
    const state = {
      yaml: '', seed: 1, actions: [
        { type: 'deletePod' as const, namespace: 'default', name: 'test' },
        { type: 'runPod' as const, namespace: 'default', name: 'test', image: 'busybox' },
      ],
    };
    const fragment = encodeShareState(state);
    expect(fragment.ok && decodeShareFragment(fragment.value)).toEqual({ ok: true, value: state });
  });
});
