// Go's tabwriter as kubectl drives it, against kubectl's own test expectations (kubernetes/kubectl
// pkg/cmd/get/get_test.go TestGetMultipleTypeTableObjects and TestGetObjects) and Go's text/tabwriter tests.
import { describe, expect, it } from 'vitest';
import { DESCRIBE_TABWRITER, GET_TABWRITER, tabwrite } from './tabwriter';

describe('tabwrite', () => {
  it('lays out kubectl get\'s table as get_test.go expects (minwidth 6, padding 3, last cell unpadded)', () => {
    const pods = 'NAME\tREADY\tSTATUS\tRESTARTS\tAGE\npod/foo\t0/0\t\t0\t<unknown>\npod/bar\t0/0\t\t0\t<unknown>\n';
    const svc = 'NAME\tTYPE\tCLUSTER-IP\tEXTERNAL-IP\tPORT(S)\tAGE\nservice/baz\tClusterIP\t<none>\t<none>\t<none>\t<unknown>\n';
    // get.go prints each type's table after a Flush with the remembered widths cleared, a blank line between.
    expect(`${tabwrite(pods, GET_TABWRITER)}\n${tabwrite(svc, GET_TABWRITER)}`).toBe(`NAME      READY   STATUS   RESTARTS   AGE
pod/foo   0/0              0          <unknown>
pod/bar   0/0              0          <unknown>

NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
service/baz   ClusterIP   <none>       <none>        <none>    <unknown>
`);
  });

  it('keeps the minimum width for narrow columns (get_test.go TestGetObjects: "NAME   AGE")', () => {
    expect(tabwrite('NAME\tAGE\nfoo\t<unknown>\n', GET_TABWRITER)).toBe('NAME   AGE\nfoo    <unknown>\n');
  });

  it('aligns a column only over the consecutive lines that have it (Go tabwriter column blocks)', () => {
    // describe's Pod IPs: "IPs:" has no tab and ends the block; "  IP:" and "Controlled By:" form the next one.
    expect(tabwrite('IP:\t10.0.0.1\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/x\n', DESCRIBE_TABWRITER))
      .toBe('IP:  10.0.0.1\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/x\n');
  });
});
