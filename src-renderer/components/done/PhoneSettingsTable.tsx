import { useTranslation } from 'react-i18next';
import type { PhoneServer, PhoneSetup } from '../../../src-main/contract';

/** What mail apps call them, in every language. */
const securityNames: Record<Exclude<PhoneServer['security'], 'plain'>, string> = {
  tls: 'SSL/TLS',
  starttls: 'STARTTLS',
};

/** The settings a phone's mail app asks for, one row each, with friendly labels. */
export function PhoneSettingsTable({ setup }: { setup: PhoneSetup }) {
  const { t } = useTranslation();
  const security = (server: PhoneServer) =>
    server.security === 'plain' ? t('done.phone.securityPlain') : securityNames[server.security];
  const sameUser = setup.incoming.username === setup.outgoing.username;
  const rows: (readonly [string, string, string])[] = [
    ['address', t('done.phone.address'), setup.address],
    ['type', t('done.phone.accountType'), 'IMAP'],
    ['incoming-host', t('done.phone.incomingServer'), setup.incoming.host],
    ['incoming-port', t('done.phone.incomingPort'), String(setup.incoming.port)],
    ['incoming-security', t('done.phone.incomingSecurity'), security(setup.incoming)],
    ['outgoing-host', t('done.phone.outgoingServer'), setup.outgoing.host],
    ['outgoing-port', t('done.phone.outgoingPort'), String(setup.outgoing.port)],
    ['outgoing-security', t('done.phone.outgoingSecurity'), security(setup.outgoing)],
    ...(sameUser
      ? ([['username', t('done.phone.username'), setup.incoming.username]] as const)
      : ([
          ['incoming-username', t('done.phone.incomingUsername'), setup.incoming.username],
          ['outgoing-username', t('done.phone.outgoingUsername'), setup.outgoing.username],
        ] as const)),
    ['password', t('done.phone.password'), t('done.phone.passwordValue')],
  ];
  return (
    <table className="report-table phone-settings" data-testid="phone-settings">
      <caption>{t('done.phone.tableCaption', { address: setup.address })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('done.phone.settingColumn')}</th>
          <th scope="col">{t('done.phone.valueColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([id, label, value]) => (
          <tr key={id} data-testid={`phone-setting-${id}`}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
