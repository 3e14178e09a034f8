import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CityView } from '../../../../contracts/directory.contract.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';

/** 成都 · 德阳 · 眉山 · 资阳: the four cities that work as one. */
export function CityCards({ cities }: { cities: CityView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Row gutter={[16, 16]} role="list">
      {cities.map((city) => (
        <Col key={city.code} xs={12} md={6} role="listitem">
          <div className="city-card">
            <h3 className="city-card-name">{language === 'en' ? city.nameEn : city.shortName}</h3>
            <p lang={language === 'en' ? 'zh-CN' : 'en'} style={{ margin: 0 }}>
              {language === 'en' ? city.name : city.nameEn}
            </p>
            <p style={{ margin: 0 }}>{t('portal.home.divisions', { count: city.divisions.length })}</p>
          </div>
        </Col>
      ))}
    </Row>
  );
}
